package org.csapriority.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.explain.Trials.Trial;
import org.csapriority.explain.Why.Flip;
import org.csapriority.explain.Why.Flips;
import org.csapriority.explain.Why.NearMiss;
import org.csapriority.explain.Why.RuleRef;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.whatif.ItemDiff;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.WhatIfResult;
import org.csapriority.whatif.WhatIfService;

/**
 * Runs changes through the real engine, smallest first, until the item's outcome flips. Because the changes are
 * tried in size order, the first flip is the smallest of those tried; the search goes on only for the next few.
 * When no single change flips the item, pairs are tried: a change that takes away one of the rules deciding the
 * item, with any other change, smallest pair first.
 */
final class FlipSearch {

	/** Writes a change as {@code ./csa whatif --change} reads it. */
	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

	static final String SIZE_ORDER = "Size is the units moved: districts for a published count; 1 for each district whose "
			+ "naming moves; scale points for a harm or likelihood score; steps between grades or bands; 1 for each plan link, "
			+ "horizon item, duty, county arrangement, community view or item of last year's agreement; policy thresholds in "
			+ "steps of 0.05 (1 for a count). Equal sizes try evidence before policy.";

	private final WhatIfService whatIf;

	private final String name;

	private final JsonNode tree;

	private final Assessment before;

	private final RuleBase rules;

	private final Recommendation item;

	private final List<String> deciding;

	private final WhyService.Search limits;

	private int tried;

	FlipSearch(WhatIfService whatIf, String name, JsonNode tree, Assessment before, RuleBase rules, Recommendation item,
			WhyService.Search limits) {
		this.whatIf = whatIf;
		this.name = name;
		this.tree = tree;
		this.before = before;
		this.rules = rules;
		this.item = item;
		this.deciding = Deciding.of(item).stream().map(RuleRef::ruleId).toList();
		this.limits = limits;
	}

	/** A change, or a pair, that was run, with what it did to the item. */
	private record Run(List<Trial> trials, WhatIfResult result, Recommendation after) {

		boolean flips(Recommendation item) {
			return after.outcome() != item.outcome();
		}
	}

	Flips search(List<Trial> trials) {
		List<Run> flips = new ArrayList<>();
		List<Run> singles = new ArrayList<>();
		List<Trial> bounded = trials.subList(0, Math.min(trials.size(), limits.singles()));
		for (Trial trial : bounded) {
			Run run = run(List.of(trial));
			if (run == null) {
				continue;
			}
			singles.add(run);
			if (run.flips(item) && newInputs(run, flips)) {
				flips.add(run);
				if (flips.size() > limits.nearest()) {
					break;
				}
			}
		}
		int singlesTried = tried;
		List<NearMiss> nearMisses = new ArrayList<>();
		int pairsTried = 0;
		if (flips.isEmpty()) {
			List<Run> misses = singles.stream().filter(r -> !lost(r).isEmpty()).toList();
			java.util.Set<String> answers = new java.util.HashSet<>();
			// one near miss per input: a count of 4 says no more than the count of 5 before it
			misses.stream().filter(r -> answers.add(r.trials().get(0).answer())).forEach(r -> nearMisses.add(nearMiss(r)));
			pairsTried = pairs(misses, singles, flips);
		}
		Flip smallest = flips.isEmpty() ? null : flip(flips.get(0));
		List<Flip> nearest = flips.stream().skip(1).map(this::flip).toList();
		return new Flips(summary(smallest, singlesTried, pairsTried), smallest == null || smallest.changes().size() > 1,
				singlesTried, pairsTried, smallest, nearest,
				nearMisses.stream().limit(limits.nearest() + 1L).toList(), SIZE_ORDER);
	}

	/**
	 * Whether a flip moves inputs no smaller flip already moved: the next count of the same row is the same answer
	 * made bigger, so the nearest flips listed are each about something else.
	 */
	private static boolean newInputs(Run run, List<Run> found) {
		java.util.Set<String> targets = targets(run);
		return found.stream().noneMatch(f -> targets.equals(targets(f)));
	}

	private static java.util.Set<String> targets(Run run) {
		return run.trials().stream().map(Trial::answer).collect(java.util.stream.Collectors.toSet());
	}

	private String summary(Flip smallest, int singles, int pairs) {
		if (singles == 0) {
			return "No change was tried.";
		}
		if (smallest == null) {
			return "Robust to every single change tried: " + Phrases.plural(singles, "change", "changes")
					+ (pairs > 0 ? ", and to the " + Phrases.plural(pairs, "pair", "pairs") + " of changes tried" : "") + ".";
		}
		if (smallest.changes().size() > 1) {
			return "Robust to every single change tried: " + Phrases.plural(singles, "change", "changes")
					+ ". The smallest flip takes two changes: " + smallest.sentence();
		}
		return smallest.sentence();
	}

	/**
	 * Tries pairs, within the budget, adding flips to {@code flips}; returns how many were run. First the pairs of
	 * two changes that between them take every deciding rule away (one route each, as with a plan link and last
	 * year's agreement), smallest first; then any change with one that takes a deciding rule away, smallest first,
	 * while it could still be no bigger than the smallest flip found (a change can weaken a route without taking it
	 * away on its own). Two changes of one input, or two removals
	 * from one list (whose positions the first would shift), are never paired.
	 */
	private int pairs(List<Run> misses, List<Run> singles, List<Run> flips) {
		List<Trial> all = singles.stream().map(r -> r.trials().get(0)).toList();
		List<Pair> complementary = new ArrayList<>();
		List<Pair> general = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Run miss : misses) {
			int m = all.indexOf(miss.trials().get(0));
			for (int o = 0; o < all.size(); o++) {
				Trial a = all.get(Math.min(m, o));
				Trial b = all.get(Math.max(m, o));
				if (o == m || a.target().equals(b.target()) || sameList(a, b) || !seen.add(Math.min(m, o) + "|" + Math.max(m, o))) {
					continue;
				}
				Pair pair = new Pair(Math.min(m, o), Math.max(m, o), a.size() + b.size(), a.kind().ordinal() + b.kind().ordinal());
				Run other = singles.get(o);
				java.util.Set<String> lost = new java.util.HashSet<>(lost(miss));
				lost.addAll(lost(other));
				(lost.containsAll(deciding) ? complementary : general).add(pair);
			}
		}
		Comparator<Pair> smallest = Comparator.comparingInt(Pair::size).thenComparingInt(Pair::kinds)
			.thenComparingInt(Pair::first).thenComparingInt(Pair::second);
		complementary.sort(smallest);
		general.sort(smallest);
		List<Run> found = new ArrayList<>();
		int run = 0;
		for (Pair pair : complementary) {
			if (run >= limits.pairs() || found.size() > limits.nearest()) {
				break;
			}
			run += tryPair(pair, all, found);
		}
		for (Pair pair : general) {
			int best = found.stream().mapToInt(r -> size(r)).min().orElse(Integer.MAX_VALUE);
			// the nearest flips come from the pairs above; these are tried only while they could be smaller
			if (run >= limits.pairs() || !found.isEmpty() && pair.size() > best) {
				break;
			}
			run += tryPair(pair, all, found);
		}
		found.sort(Comparator.comparingInt(FlipSearch::size).thenComparingInt(r -> r.trials().stream()
			.mapToInt(t -> t.kind().ordinal()).sum()));
		for (Run flip : found) {
			if (flips.size() <= limits.nearest() && newInputs(flip, flips)) {
				flips.add(flip);
			}
		}
		return run;
	}

	private record Pair(int first, int second, int size, int kinds) {
	}

	/** Runs a pair, keeping it if it flips the item; 1 if it ran, 0 if the scenario could not take it. */
	private int tryPair(Pair pair, List<Trial> all, List<Run> found) {
		Run run = run(List.of(all.get(pair.first()), all.get(pair.second())));
		if (run == null) {
			return 0;
		}
		if (run.flips(item) && newInputs(run, found)) {
			found.add(run);
		}
		return 1;
	}

	private static int size(Run run) {
		return run.trials().stream().mapToInt(Trial::size).sum();
	}

	private static boolean sameList(Trial a, Trial b) {
		String pa = patchParent(a.change());
		return pa != null && pa.equals(patchParent(b.change()));
	}

	private static String patchParent(ScenarioChange change) {
		if (change instanceof ScenarioChange.Patch patch && patch.operations().size() == 1) {
			String path = patch.operations().get(0).path("path").asText();
			return path.substring(0, Math.max(0, path.lastIndexOf('/')));
		}
		return null;
	}

	private Run run(List<Trial> trials) {
		try {
			WhatIfResult result = whatIf.run(name, tree, before, trials.stream().map(Trial::change).toList(), rules);
			Recommendation after = result.variant().recommendation(item.id());
			if (after == null) {
				return null;
			}
			tried++;
			return new Run(trials, result, after);
		}
		catch (InvalidInputException ex) {
			// a change this scenario cannot take (a count the validator refuses, say) is not a change tried
			return null;
		}
	}

	/** The deciding rules of the item that no longer decide anything for it after the change. */
	private List<String> lost(Run run) {
		List<String> after = run.after().justifications().stream().map(j -> j.ruleId()).toList();
		return deciding.stream().filter(id -> !after.contains(id)).toList();
	}

	/** One line per change: the engine's, or for a patch what it does, with the patch's own line. */
	private static List<String> lines(Run run) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < run.trials().size(); i++) {
			Trial trial = run.trials().get(i);
			String engine = run.result().changes().get(i);
			lines.add(trial.line() == null ? engine : trial.line() + " (" + engine + ")");
		}
		return lines;
	}

	private NearMiss nearMiss(Run run) {
		Trial trial = run.trials().get(0);
		return new NearMiss(JSON.valueToTree(trial.change()), lines(run).get(0), trial.size(), lost(run),
				Deciding.of(run.after()).stream().map(RuleRef::ruleId).toList());
	}

	private Flip flip(Run run) {
		ItemDiff diff = run.result().diff().items().stream().filter(d -> d.id().equals(item.id())).findFirst().orElse(null);
		List<JsonNode> changes = run.trials().stream().map(t -> (JsonNode) JSON.valueToTree(t.change())).toList();
		Recommendation after = run.after();
		String clauses = String.join(" and ", run.trials().stream().map(Trial::clause).toList());
		String sentence = item.name() + " would " + Phrases.becomes(after.outcome(), after.within()) + " if " + clauses + ".";
		return new Flip(changes, lines(run), run.trials().stream().mapToInt(Trial::size).sum(),
				after.outcome().id(), after.outcome().label(), after.within(), Deciding.of(after),
				diff == null ? List.of() : diff.appeared().stream().map(j -> j.ruleId()).filter(Objects::nonNull).distinct().toList(),
				diff == null ? List.of() : diff.disappeared().stream().map(j -> j.ruleId()).filter(Objects::nonNull).distinct().toList(),
				sentence);
	}
}
