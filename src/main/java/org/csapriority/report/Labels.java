package org.csapriority.report;

import java.util.Locale;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;

/**
 * Words for the ids the JSON carries. An id this version does not know (from a run of another version) is shown
 * as itself, made readable, rather than refused.
 */
final class Labels {

	private Labels() {
	}

	/** An outcome's label from its id; compliance findings already carry the label, which is kept as it is. */
	static String outcome(String id) {
		Outcome outcome = Outcome.fromId(id);
		if (outcome != null) {
			return outcome.label();
		}
		for (Outcome known : Outcome.values()) {
			if (known.label().equals(id)) {
				return id;
			}
		}
		return readable(id);
	}

	/** How prominently a district assessment named an issue, in the words of the published table. */
	static String level(String id) {
		return switch (id) {
			case "main-priority" -> "main priority";
			case "cross-cutting-theme" -> "cross-cutting theme";
			case "part-of-broader-theme" -> "part of a broader theme";
			case "core-business" -> "core business";
			default -> readable(id);
		};
	}

	static String outcomeHeading(String id) {
		Outcome outcome = Outcome.fromId(id);
		if (outcome == null) {
			return capitalised(readable(id));
		}
		return switch (outcome) {
			case PRIORITY -> "Priorities";
			case CROSS_CUTTING_THEME -> "Cross-cutting themes";
			case FOCUS_AREA -> "Focus areas";
			case WITHIN_PRIORITY -> "Within another priority";
			case REVIEW -> "For the working group to review";
			case WATCH_LIST -> "Watch list";
			case NOT_PRIORITISED -> "Not prioritised";
		};
	}

	static boolean adopted(String outcomeId) {
		Outcome outcome = Outcome.fromId(outcomeId);
		return outcome != null && outcome.isSelected();
	}

	static String driver(String id) {
		DriverType type = DriverType.fromId(id);
		return type == null ? capitalised(readable(id)) : type.label();
	}

	static String change(String id) {
		return switch (id) {
			case "new" -> "New";
			case "retained" -> "Retained";
			case "renamed" -> "Renamed";
			case "merged" -> "Merged";
			case "split" -> "Split";
			case "moved" -> "Moved";
			case "dropped" -> "Dropped";
			case "under-review" -> "Under review";
			default -> capitalised(readable(id));
		};
	}

	/** The change log lists what changed first, then what stayed, then what left. */
	static int changeOrder(String id) {
		return switch (id) {
			case "new" -> 0;
			case "renamed" -> 1;
			case "merged" -> 2;
			case "split" -> 3;
			case "moved" -> 4;
			case "under-review" -> 5;
			case "retained" -> 6;
			case "dropped" -> 7;
			default -> 8;
		};
	}

	/** PESTELO headings as the published horizon scan prints them ("L" is Legislation). */
	static String pestelo(String category) {
		return switch (category) {
			case "political" -> "Political";
			case "economic" -> "Economic";
			case "social" -> "Social / Demographic";
			case "technological" -> "Technological";
			case "environmental" -> "Environmental (and Geographical)";
			case "legislation" -> "Legislation";
			case "organisational" -> "Organisational";
			default -> capitalised(readable(category));
		};
	}

	static int pesteloOrder(String category) {
		int at = java.util.List.of("political", "economic", "social", "technological", "environmental", "legislation",
				"organisational").indexOf(category);
		return at < 0 ? 99 : at;
	}

	static String horizonKind(String kind) {
		return switch (kind) {
			case "emerging-issue" -> "emerging issue";
			case "new-legislation" -> "recent legislation";
			case "upcoming-legislation" -> "upcoming legislation or duty";
			case "national-strategy" -> "national strategy";
			case "funding-change" -> "funding change";
			default -> readable(kind);
		};
	}

	/** A kind of input a robustness run varies, and how its samples were drawn. */
	static String uncertainty(String id) {
		return switch (id) {
			case "scores" -> "threat, risk and harm scores, drawn around their stated values by the distribution of each "
					+ "score's confidence level";
			case "districts" -> "which districts identified each issue, resampled over the districts (bootstrap)";
			case "weights" -> "the drivers' weights, within the ranges the policy declares";
			case "thresholds" -> "the policy's thresholds, within the ranges the policy declares";
			default -> readable(id);
		};
	}

	/** A kind of input in a word, for a table's column. */
	static String uncertaintyKind(String id) {
		return switch (id) {
			case "scores" -> "Score";
			case "districts" -> "Districts";
			case "weights" -> "Weight";
			case "thresholds" -> "Threshold";
			default -> capitalised(readable(id));
		};
	}

	static String finding(String id) {
		return id.toUpperCase(Locale.ROOT);
	}

	static String readable(String id) {
		return id == null ? "" : id.replace('-', ' ').replace('_', ' ');
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
