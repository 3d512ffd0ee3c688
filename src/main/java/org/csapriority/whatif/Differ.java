package org.csapriority.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.csapriority.engine.AimResult;
import org.csapriority.engine.AreaRef;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.Justification;
import org.csapriority.engine.KeyDriverGroup;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;

/**
 * What moved between two assessments and why, read only from the engine's own results: outcomes, hosts,
 * ranks and scores, and the justifications (rule and sentence) that appeared or disappeared. The summary
 * names the rules whose firing changed, in the words of their descriptions.
 */
final class Differ {

	/** The aims rules' flag on an adopted area no aim lists: a decision-type step that decides nothing. */
	private static final String NOT_PLACED = "not-placed-under-an-aim";

	private Differ() {
	}

	static AssessmentDiff diff(Assessment before, Assessment after) {
		Map<String, Recommendation> was = byId(before);
		Map<String, Recommendation> now = byId(after);
		Set<String> ids = new LinkedHashSet<>(now.keySet());
		ids.addAll(was.keySet());
		Map<String, Integer> placeBefore = places(before, after);
		Map<String, Integer> placeAfter = places(after, before);
		List<ItemDiff> items = new ArrayList<>();
		List<String> moves = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		List<String> ranks = new ArrayList<>();
		List<String> trails = new ArrayList<>();
		for (String id : ids) {
			Recommendation b = was.get(id);
			Recommendation a = now.get(id);
			List<JustificationChange> appeared = minus(a, b);
			List<JustificationChange> disappeared = minus(b, a);
			boolean outcomeChanged = b == null || a == null || b.outcome() != a.outcome();
			boolean hostChanged = b != null && a != null && !Objects.equals(b.within(), a.within());
			String summary;
			if (outcomeChanged || hostChanged) {
				summary = move(b, a);
				moves.add(summary);
			}
			else if (!sameRules(deciding(b), deciding(a))) {
				summary = name(a) + " stays " + state(a) + ": " + String.join("; ", reasons(b, a))
						+ "; it stands on " + String.join(", ", rules(deciding(a)));
				reasons.add(summary);
			}
			else if (!Objects.equals(placeBefore.get(id), placeAfter.get(id))) {
				summary = name(a) + " moves " + (a.rank() < b.rank() ? "up" : "down") + " from rank " + b.rank() + " to "
						+ a.rank() + " among " + group(a.outcome()) + " (score " + score(b.score()) + " -> "
						+ score(a.score()) + ")";
				ranks.add(summary);
			}
			else if (!ruleIds(appeared, disappeared).isEmpty()) {
				summary = name(a) + " stays " + state(a) + ": " + String.join("; ", ruleIds(appeared, disappeared));
				trails.add(summary);
			}
			else {
				summary = name(a) + " is unchanged: " + state(a) + (a.rank() == b.rank() ? ", rank " + a.rank()
						: ", rank " + b.rank() + " -> " + a.rank() + " as other items moved");
			}
			items.add(new ItemDiff(id, name(a != null ? a : b), label(b), label(a), b == null ? null : b.within(),
					a == null ? null : a.within(), b == null ? null : b.rank(), a == null ? null : a.rank(),
					b == null ? null : b.score(), a == null ? null : a.score(), appeared, disappeared, outcomeChanged,
					summary));
		}
		// what changed outcome or host first, then what only changed rank, then the rest, each in rank order
		items.sort(Comparator.comparing((ItemDiff item) -> !(item.outcomeChanged()
				|| !Objects.equals(item.withinBefore(), item.withinAfter())))
			.thenComparing(item -> !item.moved())
			.thenComparing(item -> item.rankAfter() != null ? item.rankAfter() : Integer.MAX_VALUE)
			.thenComparing(item -> item.rankBefore() != null ? item.rankBefore() : Integer.MAX_VALUE));
		List<AimDiff> aims = aims(before, after);
		List<String> summary = new ArrayList<>();
		summary.addAll(moves);
		summary.addAll(reasons);
		summary.addAll(ranks);
		summary.addAll(trails);
		summary.addAll(aimLines(aims, before, after));
		return new AssessmentDiff(summary, items, aims);
	}

	// ---- items ---------------------------------------------------------------------------------------------------

	private static String move(Recommendation b, Recommendation a) {
		if (b == null) {
			return name(a) + " appears in the assessment: " + state(a) + because(null, a);
		}
		if (a == null) {
			return name(b) + " is no longer assessed (it was " + state(b) + ")";
		}
		return name(a) + " moves from " + form(b) + " to " + form(a) + " " + because(b, a);
	}

	private static String because(Recommendation b, Recommendation a) {
		List<String> parts = reasons(b, a);
		if (parts.isEmpty()) {
			deciding(a).stream().findFirst().ifPresent(j -> parts.add(j.ruleId() + " decides: " + j.sentence()));
		}
		if (parts.isEmpty()) {
			return "";
		}
		String text = "because " + String.join("; ", parts);
		return b == null ? " (" + text + ")" : text;
	}

	/** Which deciding rules now fire, and which that decided before no longer fire, each with its sentence. */
	private static List<String> reasons(Recommendation b, Recommendation a) {
		List<String> parts = new ArrayList<>();
		Set<String> firedBefore = b == null ? Set.of() : rules(b.justifications());
		Set<String> firedAfter = rules(a.justifications());
		for (Justification j : deciding(a)) {
			if (!firedBefore.contains(j.ruleId())) {
				parts.add(j.ruleId() + " now fires: " + strip(j.sentence()));
			}
		}
		for (Justification j : deciding(b)) {
			if (!firedAfter.contains(j.ruleId())) {
				parts.add(j.ruleId() + " no longer fires: " + strip(j.sentence()));
			}
		}
		return parts;
	}

	/** A sentence set inside another: without its full stop. */
	private static String strip(String sentence) {
		return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
	}

	/** The decision steps that settled the outcome: they come first in a trail and share one effect. */
	private static List<Justification> deciding(Recommendation r) {
		if (r == null) {
			return List.of();
		}
		List<Justification> decisions = r.justifications().stream()
			.filter(j -> j.driver() == DriverType.DECISION && !NOT_PLACED.equals(j.effect())).toList();
		if (decisions.isEmpty()) {
			return List.of();
		}
		String effect = decisions.get(0).effect();
		return decisions.stream().filter(j -> j.effect().equals(effect)).toList();
	}

	private static boolean sameRules(List<Justification> before, List<Justification> after) {
		return rules(before).equals(rules(after));
	}

	private static Set<String> rules(List<Justification> justifications) {
		Set<String> ids = new LinkedHashSet<>();
		justifications.forEach(j -> ids.add(j.ruleId()));
		return ids;
	}

	/** "PCP-001 now applies", "SA-003 no longer applies": rules whose presence changed, not just their wording. */
	private static List<String> ruleIds(List<JustificationChange> appeared, List<JustificationChange> disappeared) {
		Set<String> added = new LinkedHashSet<>();
		appeared.forEach(j -> added.add(j.ruleId()));
		Set<String> removed = new LinkedHashSet<>();
		disappeared.forEach(j -> removed.add(j.ruleId()));
		Set<String> both = new LinkedHashSet<>(added);
		both.retainAll(removed);
		added.removeAll(both);
		removed.removeAll(both);
		List<String> lines = new ArrayList<>();
		added.forEach(id -> lines.add(id + " now applies"));
		removed.forEach(id -> lines.add(id + " no longer applies"));
		return lines;
	}

	/** The steps of {@code from}'s trail that {@code other}'s lacks, by rule and sentence, each as often as it lacks it. */
	private static List<JustificationChange> minus(Recommendation from, Recommendation other) {
		if (from == null) {
			return List.of();
		}
		Map<String, Integer> remaining = new HashMap<>();
		if (other != null) {
			other.justifications().forEach(j -> remaining.merge(key(j), 1, Integer::sum));
		}
		List<JustificationChange> changes = new ArrayList<>();
		for (Justification j : from.justifications()) {
			if (remaining.getOrDefault(key(j), 0) > 0) {
				remaining.merge(key(j), -1, Integer::sum);
			}
			else {
				changes.add(new JustificationChange(j.ruleId(), j.rule(), j.sentence()));
			}
		}
		return changes;
	}

	private static String key(Justification j) {
		return j.ruleId() + '\u0000' + j.sentence();
	}

	/**
	 * An item's place among its peers: the items with its outcome in both assessments. An item that only
	 * shifts because another joined or left its group keeps its place, so the summary does not report it.
	 */
	private static Map<String, Integer> places(Assessment assessment, Assessment other) {
		Map<String, Outcome> otherOutcomes = new HashMap<>();
		other.recommendations().forEach(r -> otherOutcomes.put(r.id(), r.outcome()));
		Map<String, Integer> places = new HashMap<>();
		Map<Outcome, Integer> counts = new HashMap<>();
		for (Recommendation r : assessment.recommendations()) {
			if (r.outcome() == otherOutcomes.get(r.id())) {
				places.put(r.id(), counts.merge(r.outcome(), 1, Integer::sum));
			}
		}
		return places;
	}

	private static Map<String, Recommendation> byId(Assessment assessment) {
		Map<String, Recommendation> items = new LinkedHashMap<>();
		assessment.recommendations().forEach(r -> items.put(r.id(), r));
		return items;
	}

	/** Where an item stands, as it reads after "moves from" and "to". */
	static String form(Recommendation r) {
		if (r == null) {
			return "absent";
		}
		return switch (r.outcome()) {
			case REVIEW -> "review by the working group";
			case WATCH_LIST -> "the watch list";
			default -> state(r);
		};
	}

	/** Where an item stands, as it reads after "stays". */
	static String state(Recommendation r) {
		return switch (r.outcome()) {
			case PRIORITY -> "a standalone priority";
			case CROSS_CUTTING_THEME -> "a cross-cutting theme";
			case FOCUS_AREA -> "a focus area" + (r.aims().isEmpty() ? "" : " of " + String.join(" and ", r.aims()));
			case WITHIN_PRIORITY -> r.within() == null ? "within another priority" : "within " + r.within();
			case REVIEW -> "under review by the working group";
			case WATCH_LIST -> "on the watch list";
			case NOT_PRIORITISED -> "not prioritised";
		};
	}

	private static String group(Outcome outcome) {
		return switch (outcome) {
			case PRIORITY -> "priorities";
			case CROSS_CUTTING_THEME -> "cross-cutting themes";
			case FOCUS_AREA -> "focus areas";
			case WITHIN_PRIORITY -> "items within other priorities";
			case REVIEW -> "items for review";
			case WATCH_LIST -> "the watch list";
			case NOT_PRIORITISED -> "items not prioritised";
		};
	}

	private static String label(Recommendation r) {
		return r == null ? null : r.outcome().label();
	}

	private static String name(Recommendation r) {
		return r.name();
	}

	private static String score(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	// ---- aims ------------------------------------------------------------------------------------------------

	private static List<AimDiff> aims(Assessment before, Assessment after) {
		Map<String, AimResult> was = new LinkedHashMap<>();
		before.aims().forEach(aim -> was.put(aim.id(), aim));
		Map<String, AimResult> now = new LinkedHashMap<>();
		after.aims().forEach(aim -> now.put(aim.id(), aim));
		Set<String> ids = new LinkedHashSet<>(now.keySet());
		ids.addAll(was.keySet());
		List<AimDiff> diffs = new ArrayList<>();
		for (String id : ids) {
			AimResult b = was.get(id);
			AimResult a = now.get(id);
			List<String> focusBefore = b == null ? List.of() : b.focusAreas().stream().map(AreaRef::name).toList();
			List<String> focusAfter = a == null ? List.of() : a.focusAreas().stream().map(AreaRef::name).toList();
			List<String> typesBefore = b == null ? List.of() : b.keyDrivers().stream().map(KeyDriverGroup::label).toList();
			List<String> typesAfter = a == null ? List.of() : a.keyDrivers().stream().map(KeyDriverGroup::label).toList();
			AimDiff diff = new AimDiff(id, (a != null ? a : b).name(), without(focusAfter, focusBefore),
					without(focusBefore, focusAfter), without(typesAfter, typesBefore), without(typesBefore, typesAfter));
			boolean statusChanged = b == null || a == null || !b.status().equals(a.status());
			if (statusChanged || !diff.focusAdded().isEmpty() || !diff.focusRemoved().isEmpty()
					|| !diff.driverTypesAdded().isEmpty() || !diff.driverTypesRemoved().isEmpty()) {
				diffs.add(diff);
			}
		}
		return diffs;
	}

	private static List<String> aimLines(List<AimDiff> aims, Assessment before, Assessment after) {
		List<String> lines = new ArrayList<>();
		for (AimDiff aim : aims) {
			String statusBefore = status(before, aim.id());
			String statusAfter = status(after, aim.id());
			List<String> parts = new ArrayList<>();
			if (statusBefore == null) {
				parts.add("appears as " + statusAfter);
			}
			else if (statusAfter == null) {
				parts.add("is no longer assessed (it was " + statusBefore + ")");
			}
			else if (!statusBefore.equals(statusAfter)) {
				parts.add("goes from " + statusBefore + " to " + statusAfter);
			}
			if (!aim.focusAdded().isEmpty()) {
				parts.add("gains focus area " + String.join(", ", aim.focusAdded()));
			}
			if (!aim.focusRemoved().isEmpty()) {
				parts.add("loses focus area " + String.join(", ", aim.focusRemoved()));
			}
			if (!aim.driverTypesAdded().isEmpty()) {
				parts.add("gains key-driver type " + String.join(", ", aim.driverTypesAdded()));
			}
			if (!aim.driverTypesRemoved().isEmpty()) {
				parts.add("loses key-driver type " + String.join(", ", aim.driverTypesRemoved()));
			}
			lines.add("Aim " + aim.id() + " (" + aim.name() + ") " + String.join("; ", parts));
		}
		return lines;
	}

	private static String status(Assessment assessment, String aimId) {
		return assessment.aims().stream().filter(a -> a.id().equals(aimId)).map(AimResult::status).findFirst().orElse(null);
	}

	private static List<String> without(List<String> list, List<String> other) {
		return list.stream().filter(item -> !other.contains(item)).toList();
	}
}
