package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;
import static org.csapriority.scenario.SyntheticJson.source;
import static org.csapriority.scenario.SyntheticJson.strings;

/**
 * The statutory duties of a synthetic county: real statutes mapped to its made-up issues, as a legal briefing
 * would map them. The duties that force coverage go to the problems and ways of working whose route is a duty;
 * duties on each authority to problems that must stay out; every kind of duty the rules tell apart appears.
 */
final class SyntheticLaw {

	private record Statute(String id, String legislation, String section, String announced, String inForceFrom) {
	}

	private static final List<Statute> FORCING = List.of(
			new Statute("pja-2006-asb-substance", "Police and Justice Act 2006", "amending Crime and Disorder Act 1998 s6",
					null, "2007-08-01"),
			new Statute("pcsc-2022-serious-violence", "Police, Crime, Sentencing and Courts Act 2022",
					"Part 2 (Serious Violence Duty)", "2022-04-28", "2023-01-31"),
			new Statute("dvcva-2004-s9", "Domestic Violence, Crime and Victims Act 2004", "s9", null, "2011-04-13"));

	private static final List<Statute> ON_EACH_AUTHORITY = List.of(
			new Statute("care-act-2014-s42", "Care Act 2014", "s42 (safeguarding enquiries)", null, "2015-04-01"),
			new Statute("ctsa-2015-s26", "Counter-Terrorism and Security Act 2015", "s26", null, "2015-07-01"));

	private final Random random;

	private final List<SyntheticIssue> issues;

	private final ArrayNode duties = array();

	private int paragraph = 1;

	SyntheticLaw(Random random, List<SyntheticIssue> issues) {
		this.random = random;
		this.issues = issues;
	}

	ArrayNode build() {
		List<String> adopted = ids(SyntheticIssue.matching(issues, i -> i.role().adopted() && i.harm()));
		List<List<String>> forced = spread(ids(SyntheticIssue.having(issues, SyntheticRole.PARTNERSHIP_DUTY)), FORCING.size());
		for (int s = 0; s < FORCING.size(); s++) {
			if (!forced.get(s).isEmpty()) {
				duty(FORCING.get(s), "partnership", "forces", forced.get(s), "Partnership strategies must address it.");
			}
		}
		int dhr = FORCING.size() - 1;
		if (!forced.get(dhr).isEmpty()) {
			duty(new Statute("vpa-2024-s19", "Victims and Prisoners Act 2024", "s19", "2024-05-24", null), "partnership", "forces",
					forced.get(dhr), "Reviews under the duty it replaces continue in a wider form; commencement awaited.")
				.put("succeeds", FORCING.get(dhr).id());
		}
		List<String> enablers = ids(SyntheticIssue.having(issues, SyntheticRole.DUTY_ENABLER));
		if (!enablers.isEmpty()) {
			duty(new Statute("pca-2009-reoffending", "Policing and Crime Act 2009", "amending Crime and Disorder Act 1998 s6",
					null, "2010-04-01"), "partnership", "forces", enablers, "Partnership strategies must address reoffending.");
		}
		List<List<String>> onEach = spread(ids(SyntheticIssue.having(issues, SyntheticRole.AUTHORITY_DUTY)), ON_EACH_AUTHORITY.size());
		// a duty on each authority also bears on a problem the agreement takes up: a note against its aim
		if (!adopted.isEmpty()) {
			onEach.get(0).add(adopted.get(random.nextInt(adopted.size())));
		}
		for (int s = 0; s < ON_EACH_AUTHORITY.size(); s++) {
			if (!onEach.get(s).isEmpty()) {
				duty(ON_EACH_AUTHORITY.get(s), "each-authority", s == 0 ? "supports" : "forces", onEach.get(s),
						"Binds each authority, not the partnership.");
			}
		}
		if (!adopted.isEmpty()) {
			duty(new Statute("asbcpa-2014", "Anti-social Behaviour, Crime and Policing Act 2014", "Part 6 (community trigger)",
					null, "2014-10-20"), "partnership", "supports", pick(adopted), "Shapes how partners respond to repeated reports.");
			duty(new Statute("vpa-2024-s13", "Victims and Prisoners Act 2024", "s13 (duty to collaborate)", "2024-05-24", null),
					"partnership", "supports", pick(adopted), "Relevant authorities must collaborate on victim support; not yet commenced.");
		}
		List<String> emerging = ids(SyntheticIssue.having(issues, SyntheticRole.EMERGING));
		if (!emerging.isEmpty()) {
			duty(new Statute("cpb-2025-duty", "Crime and Policing Bill", "(as introduced)", "2025-02-25", null), "partnership",
					"forces", emerging.subList(0, Math.min(2, emerging.size())),
					"Would add the matter to what partnership strategies must address; not yet law.");
		}
		duty(new Statute("regs-2007-strategy", "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007",
				null, null, "2007-08-01"), "partnership", "process", List.of(),
				"The county agreement is drawn from every district's strategic assessment.").put("checks", "every-district-assessment");
		duty(new Statute("prsra-2011-s10", "Police Reform and Social Responsibility Act 2011", "s10", null, "2012-11-22"),
				"partnership", "process", List.of(), "The partnership must have regard to the Police and Crime Plan.")
			.put("checks", "police-and-crime-plan-regard");
		duty(new Statute("pja-2006-committee", "Police and Justice Act 2006", "s19 (crime and disorder committees)", null,
				"2009-04-30"), "council", "process", List.of(), "The council's scrutiny committee reviews the partnership.");
		return duties;
	}

	private ObjectNode duty(Statute statute, String bearer, String effect, List<String> issueIds, String requirement) {
		ObjectNode duty = object().put("id", statute.id()).put("legislation", statute.legislation());
		if (statute.section() != null) {
			duty.put("section", statute.section());
		}
		duty.put("requirement", requirement).put("bearer", bearer).put("effect", effect);
		if (statute.announced() != null) {
			duty.put("announced", statute.announced());
		}
		if (statute.inForceFrom() != null) {
			duty.put("inForceFrom", statute.inForceFrom());
		}
		if (!issueIds.isEmpty()) {
			duty.set("issues", strings(issueIds));
		}
		duty.set("source", source(SyntheticDocument.LAW.id(), "para " + paragraph++));
		duties.add(duty);
		return duty;
	}

	/** The ids dealt round the statutes in turn, so each statute covers about as many issues. */
	private static List<List<String>> spread(List<String> ids, int statutes) {
		List<List<String>> spread = new ArrayList<>();
		for (int s = 0; s < statutes; s++) {
			spread.add(new ArrayList<>());
		}
		for (int i = 0; i < ids.size(); i++) {
			spread.get(i % statutes).add(ids.get(i));
		}
		return spread;
	}

	/** One to three of the ids. */
	private List<String> pick(List<String> ids) {
		List<String> picked = new ArrayList<>();
		int count = Math.min(ids.size(), 1 + random.nextInt(3));
		while (picked.size() < count) {
			String id = ids.get(random.nextInt(ids.size()));
			if (!picked.contains(id)) {
				picked.add(id);
			}
		}
		return picked;
	}

	private static List<String> ids(List<SyntheticIssue> issues) {
		return issues.stream().map(SyntheticIssue::id).toList();
	}
}
