package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** One issue of a synthetic county: its entry in the taxonomy, one area of its own, and the role its evidence plays. */
record SyntheticIssue(String id, String name, IssueKind kind, SyntheticRole role, String within) {

	/** A way of working is a cross-cutting theme of the taxonomy; everything else is a priority area. */
	boolean theme() {
		return kind == IssueKind.ENABLER;
	}

	boolean harm() {
		return kind == IssueKind.HARM;
	}

	/**
	 * The county's issues in taxonomy order. Every route is taken once before roles are drawn, and a group or
	 * place that sits within another area sits within a problem the districts name broadly.
	 */
	static List<SyntheticIssue> plan(int count, Random random, SyntheticNames names) {
		List<SyntheticIssue> issues = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			SyntheticRole role = i < SyntheticRole.FIRST.size() ? SyntheticRole.FIRST.get(i) : SyntheticRole.draw(random);
			IssueKind kind = role.kind(random);
			String name = names.issue(kind);
			issues.add(new SyntheticIssue(SyntheticNames.id(name), name, kind, role, null));
		}
		List<String> hosts = issues.stream().filter(i -> i.role() == SyntheticRole.BROAD_PROBLEM).map(SyntheticIssue::id).toList();
		issues.replaceAll(i -> i.role() == SyntheticRole.WITHIN
				? new SyntheticIssue(i.id(), i.name(), i.kind(), i.role(), hosts.get(random.nextInt(hosts.size()))) : i);
		Collections.shuffle(issues, random);
		return List.copyOf(issues);
	}

	static List<SyntheticIssue> having(List<SyntheticIssue> issues, SyntheticRole role) {
		return matching(issues, i -> i.role() == role);
	}

	static List<SyntheticIssue> matching(List<SyntheticIssue> issues, Predicate<SyntheticIssue> test) {
		return issues.stream().filter(test).toList();
	}
}
