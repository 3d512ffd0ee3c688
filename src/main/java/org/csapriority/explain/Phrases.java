package org.csapriority.explain;

import java.util.Locale;
import java.util.Map;

import org.csapriority.engine.fact.Outcome;

/**
 * The words for the engine's fact types, fields and outcomes in an account. They name parts of the engine's own
 * vocabulary (a district identification, a Police and Crime Plan link), never an issue; a fact or field not listed
 * reads as its name split into words.
 */
final class Phrases {

	private Phrases() {
	}

	private static final Map<String, String> FACTS = Map.ofEntries(
			Map.entry("Candidate", "the item"),
			Map.entry("LocalIdentification", "district identification"),
			Map.entry("HarmAssessment", "threat, risk and harm assessment of it"),
			Map.entry("PlanLink", "Police and Crime Plan priority naming it"),
			Map.entry("CountyLead", "county-level arrangement covering it"),
			Map.entry("HorizonLink", "horizon-scanning item on it"),
			Map.entry("DutyLink", "statutory duty bearing on it"),
			Map.entry("CommunityConcern", "community view on it"),
			Map.entry("CrimeTrend", "series of recorded figures for it"),
			Map.entry("PreviousStatus", "item of last year's agreement that it continues"),
			Map.entry("GroupDecision", "recorded working group decision on it"),
			Map.entry("Signal", "signal"),
			Map.entry("Proposal", "decision"));

	/** Keyed by fact type and field, then by field alone. */
	private static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("LocalIdentification.standaloneShare", "districts naming it in its own right"),
			Map.entry("LocalIdentification.share", "districts naming it at any level"),
			Map.entry("HarmAssessment.score", "threat, risk and harm score"),
			Map.entry("HarmAssessment.confidence", "confidence in the score"),
			Map.entry("CommunityConcern.share", "survey share concerned"),
			Map.entry("CommunityConcern.concern", "recorded public concern"),
			Map.entry("CrimeTrend.relativeChange", "fitted change per period"),
			Map.entry("CrimeTrend.shareOfRecordedCrime", "share of all recorded crime"),
			Map.entry("CrimeTrend.comparable", "comparable over the periods"),
			Map.entry("CrimeTrend.points", "number of periods"),
			Map.entry("PreviousStatus.whole", "continues the whole of last year's item"),
			Map.entry("PreviousStatus.form", "last year's form"),
			Map.entry("DutyLink.inForce", "in force"),
			Map.entry("DutyLink.continuesDutyInForce", "replaces a duty in force"),
			Map.entry("DutyLink.bearer", "borne by"),
			Map.entry("DutyLink.effect", "effect"),
			Map.entry("CountyLead.role", "role"),
			Map.entry("HorizonLink.kind", "kind"),
			Map.entry("Candidate.kind", "kind of item"),
			Map.entry("kind", "kind"));

	static String fact(String type) {
		return FACTS.getOrDefault(type, words(type));
	}

	static String field(String type, String field) {
		String known = FIELDS.get(type + "." + field);
		return known != null ? known : FIELDS.getOrDefault(field, words(field));
	}

	/** "broad-local-identification" as "broad local identification"; "standaloneShare" as "standalone share". */
	static String words(String name) {
		if (name == null) {
			return "";
		}
		return name.replace('-', ' ').replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	static String op(String op) {
		return switch (op) {
			case ">=" -> "at least";
			case ">" -> "more than";
			case "<=" -> "at most";
			case "<" -> "less than";
			case "!=" -> "other than";
			default -> "";
		};
	}

	/** What the item would do: "go to the working group for review", "become a priority". */
	static String becomes(Outcome outcome, String within) {
		return switch (outcome) {
			case PRIORITY -> "become a priority";
			case CROSS_CUTTING_THEME -> "become a cross-cutting theme";
			case FOCUS_AREA -> "become a focus area of its aims";
			case WITHIN_PRIORITY -> within == null ? "fall within another priority" : "fall within " + within;
			case REVIEW -> "go to the working group for review";
			case WATCH_LIST -> "drop to the watch list";
			case NOT_PRIORITISED -> "not be prioritised";
		};
	}

	/** A number as the policy file writes it: 0.5, 1, 0.05. */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}

	static String percent(double share) {
		return number(Math.round(share * 1000) / 10.0) + "%";
	}

	static String plural(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** The engine's or the scenario model's enum constant a rule names ({@code Outcome.CROSS_CUTTING_THEME}), if any. */
	private static Object constant(Constraints.Constant c) {
		for (String pkg : new String[] { "org.csapriority.engine.fact.", "org.csapriority.scenario." }) {
			try {
				Class<?> type = Class.forName(pkg + c.type());
				if (type.isEnum()) {
					for (Object known : type.getEnumConstants()) {
						if (((Enum<?>) known).name().equals(c.name())) {
							return known;
						}
					}
				}
			}
			catch (ClassNotFoundException ex) {
				// not one of ours: shown by its name
			}
		}
		return null;
	}

	/** An enum's value as words: PARTNERSHIP as "partnership". */
	static String value(Object value) {
		if (value instanceof Enum<?> e) {
			// the engine's enums carry their own label ("Threat, risk and harm") where they have one
			Object label = Constraints.component(e, "label");
			return label instanceof String text ? text.toLowerCase(Locale.ROOT) : words(e.name());
		}
		if (value instanceof Constraints.Constant c) {
			Object known = constant(c);
			return known == null ? words(c.name()) : value(known);
		}
		if (value instanceof Double d) {
			return number(d);
		}
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		if (value == null) {
			return "none";
		}
		if (value instanceof java.util.Collection<?> list) {
			if (list.isEmpty()) {
				return "none";
			}
			return list.size() + " (" + String.join("; ", list.stream().map(Phrases::value).sorted().toList()) + ")";
		}
		return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
	}
}
