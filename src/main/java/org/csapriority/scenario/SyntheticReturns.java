package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;
import static org.csapriority.scenario.SyntheticJson.source;

/**
 * The districts' strategic assessments of a synthetic county, one return per district. How many districts name
 * an issue, and how many of them in its own right, follows from its role and the policy's shares (a half for
 * broad identification, a third for some); which districts name it is drawn at random.
 */
final class SyntheticReturns {

	private static final double BROAD = 0.5;

	private static final double SOME = 0.34;

	private final Random random;

	private final List<String> districts;

	SyntheticReturns(Random random, List<String> districts) {
		this.random = random;
		this.districts = districts;
	}

	ObjectNode build(List<SyntheticIssue> issues) {
		List<ArrayNode> named = new ArrayList<>();
		districts.forEach(d -> named.add(array()));
		for (SyntheticIssue issue : issues) {
			int[] counts = counts(issue.role());
			int[] order = shuffledDistricts();
			for (int k = 0; k < counts[0]; k++) {
				boolean ownRight = k < counts[1];
				named.get(order[k]).add(object().put("issue", issue.id())
					.put("level", ownRight ? ownRightLevel(issue.kind()) : "part-of-broader-theme"));
			}
		}
		ArrayNode returns = array();
		for (int d = 0; d < districts.size(); d++) {
			returns.add(object().put("district", districts.get(d)).put("period", "2025-26")
				.<ObjectNode>set("source", source(SyntheticDocument.PACK.id(), "Annex A, p. " + (d + 2)))
				.set("named", named.get(d)));
		}
		return object().set("perDistrict", returns);
	}

	/** How many districts name the issue at all, and how many of those in its own right. */
	private int[] counts(SyntheticRole role) {
		int n = districts.size();
		return switch (role) {
			case BROAD_PROBLEM, BROAD_ENABLER -> {
				int own = between(atLeast(BROAD), Math.max(atLeast(BROAD), (int) Math.round(0.9 * n)));
				yield new int[] { own + between(0, (n - own) / 4), own };
			}
			case SOME_NAMING, RETAINED -> {
				int any = between(Math.min(atLeast(SOME), below(BROAD)), below(BROAD));
				yield new int[] { any, between(0, any) };
			}
			case NATIONAL_AND_PUBLIC -> new int[] { between(Math.max(1, atLeast(0.25)), Math.max(1, below(0.7))), 0 };
			case PLAN_AND_LEAD -> withOwn(between(0, below(0.25)));
			case FADED -> withOwn(between(0, below(SOME)));
			case EMERGING -> new int[] { 0, 0 };
			default -> withOwn(between(1, Math.max(1, below(SOME))));
		};
	}

	private int[] withOwn(int any) {
		return new int[] { any, between(0, any) };
	}

	/** The fewest districts whose share reaches {@code share}, compared as the rules compare it. */
	private int atLeast(double share) {
		int n = districts.size();
		int count = 0;
		while (count < n && count / (double) n < share) {
			count++;
		}
		return count;
	}

	/** The most districts whose share stays under {@code share}. */
	private int below(double share) {
		int n = districts.size();
		int count = n;
		while (count > 0 && count / (double) n >= share) {
			count--;
		}
		return count;
	}

	private int between(int low, int high) {
		return high <= low ? low : low + random.nextInt(high - low + 1);
	}

	private int[] shuffledDistricts() {
		int[] order = new int[districts.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	private String ownRightLevel(IssueKind kind) {
		int roll = random.nextInt(20);
		if (kind == IssueKind.ENABLER) {
			return roll < 14 ? "cross-cutting-theme" : roll < 17 ? "main-priority" : "core-business";
		}
		return roll < 13 ? "main-priority" : roll < 18 ? "core-business" : "cross-cutting-theme";
	}
}
