package org.csapriority.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Conclusion;
import org.csapriority.engine.Items;
import org.csapriority.engine.Justification;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.explain.Why.EvidenceItem;
import org.csapriority.explain.Why.FiredRule;
import org.csapriority.explain.Why.Route;
import org.csapriority.explain.Why.RuleRef;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.whatif.WhatIfService;

/**
 * Why and why not, for any item of an assessment, with the smallest change of input that would flip it.
 *
 * <p>The one entry point is {@link #why(Scenario, JsonNode, RuleBase, Assessment, String)}: the scenario, its merged
 * tree (imports included, as {@link ScenarioLoader#loadWithTree} or a stored record gives it), the rules, the
 * assessment of that scenario under those rules, and the item by id, name or issue alias. It works as well on a
 * recorded run (a stored scenario tree and the rules it ran with) as on a file just read. Thread-safe.
 */
public final class WhyService {

	/**
	 * How far the search for a flipping change goes: at most {@code singles} single changes, then (only when none
	 * flips the item) at most {@code pairs} pairs, stopping once the smallest flip and {@code nearest} more are found.
	 */
	public record Search(int singles, int pairs, int nearest) {

		public static final Search DEFAULT = new Search(250, 300, 4);

		public Search {
			if (singles < 0 || pairs < 0 || nearest < 0) {
				throw new IllegalArgumentException("a search cannot try fewer than no changes: " + singles + ", " + pairs + ", " + nearest);
			}
		}
	}

	private final WhatIfService whatIf;

	public WhyService() {
		this(new WhatIfService(new ScenarioLoader()));
	}

	public WhyService(WhatIfService whatIf) {
		this.whatIf = whatIf;
	}

	/** As {@link #why(Scenario, JsonNode, RuleBase, Assessment, String, Search)} with the default search. */
	public Why why(Scenario scenario, JsonNode mergedTree, RuleBase rules, Assessment assessment, String item) {
		return why(scenario, mergedTree, rules, assessment, item, Search.DEFAULT);
	}

	/**
	 * The account of one item. {@code assessment} must be the assessment of {@code scenario} under {@code rules}
	 * (a recorded run's, or one just made); it is checked against a fresh one for the item's outcome.
	 *
	 * @throws InvalidInputException when no item matches {@code item}
	 * @throws IllegalArgumentException when the assessment is not this scenario's under these rules
	 */
	public Why why(Scenario scenario, JsonNode mergedTree, RuleBase rules, Assessment assessment, String item,
			Search search) {
		Recommendation found = Items.find(scenario, assessment, item);
		if (found == null) {
			throw new InvalidInputException(new InputProblem(null, 0, "item", "no item matches '" + item + "'; items are "
					+ assessment.recommendations().stream().map(Recommendation::id).toList()));
		}
		Assessment fresh = AssessmentEngine.assess(scenario, rules);
		Recommendation again = fresh.recommendation(found.id());
		if (again == null || again.outcome() != found.outcome()) {
			throw new IllegalArgumentException("the assessment given is not " + scenario.id() + "'s under these rules: it has "
					+ found.id() + " as " + found.outcome().id() + ", the rules give "
					+ (again == null ? "no such item" : again.outcome().id()));
		}
		List<Object> facts = AssessmentEngine.facts(scenario, rules);
		List<Conclusion> conclusions = AssessmentEngine.conclusions(rules, facts);
		RuleModel model = RuleModel.of(rules);
		RouteReader reader = new RouteReader(model, facts, conclusions, rules.policy(), found.id());
		List<RuleRef> decidedBy = Deciding.of(found);
		List<String> notes = new ArrayList<>();
		model.unread().forEach((file, why) -> notes.add(file + ": conditions not read (" + why + ")"));
		List<Route> holdsBy = decidedBy.stream().map(r -> model.byId(r.ruleId())).filter(r -> r != null)
			.map(reader::route).filter(r -> r != null).toList();
		List<Route> whyNot = found.outcome().isSelected() ? null : whyNot(model, reader, notes);
		Why.Flips flips = new FlipSearch(whatIf, scenario.id(), mergedTree, assessment, rules, found, search)
			.search(Trials.of(scenario, mergedTree, rules.policy(), found.id()));
		return new Why(assessment.scenario(), found.id(), found.name(), found.outcome().id(), found.outcome().label(),
				found.within(), found.outcome().isSelected(), found.change() == null ? null : found.change().id(), found.rank(),
				assessment.recommendations().size(), found.score(), found.scoreBreakdown(), decidedBy,
				fired(found, rules), evidence(found), holdsBy, whyNot, flips, notes);
	}

	/** Every rule that would adopt an item of this kind, read against it; the working group's own route is noted. */
	private static List<Route> whyNot(RuleModel model, RouteReader reader, List<String> notes) {
		List<Route> routes = new ArrayList<>();
		List<String> groupRoutes = new ArrayList<>();
		for (RuleModel.Rule rule : model.all()) {
			if (!rule.selects()) {
				continue;
			}
			if (RouteReader.needsGroupDecision(rule)) {
				groupRoutes.add("[" + rule.info().ruleId() + "] " + rule.info().name());
				continue;
			}
			Route route = reader.route(rule);
			if (route != null) {
				routes.add(route);
			}
		}
		if (routes.stream().anyMatch(Route::open)) {
			notes.add("A route into the agreement is open but the outcome stands: a recorded working group decision overrides "
					+ "the evidence (see the rules fired).");
		}
		if (!groupRoutes.isEmpty()) {
			notes.add("Left out of the routes above, since they rest on a recorded working group decision rather than on the "
					+ "evidence: " + String.join("; ", groupRoutes) + ".");
		}
		return routes;
	}

	private static List<FiredRule> fired(Recommendation item, RuleBase rules) {
		return item.justifications().stream().map(j -> new FiredRule(j.ruleId(), j.rule(), j.file(),
				RuleModel.version(rules, j.file()), j.statute(), j.driver().id(), j.effect(), j.supportive(), j.sentence()))
			.toList();
	}

	/** Each piece of evidence once, with every rule that rests on it. */
	private static List<EvidenceItem> evidence(Recommendation item) {
		Map<String, Evidence> pieces = new LinkedHashMap<>();
		Map<String, List<String>> rules = new LinkedHashMap<>();
		for (Justification j : item.justifications()) {
			for (Evidence e : j.evidence()) {
				String key = e.id() + "|" + e.cite() + "|" + e.summary();
				pieces.putIfAbsent(key, e);
				List<String> ids = rules.computeIfAbsent(key, k -> new ArrayList<>());
				if (!ids.contains(j.ruleId())) {
					ids.add(j.ruleId());
				}
			}
		}
		return pieces.entrySet().stream().map(e -> EvidenceItem.of(e.getValue(), rules.get(e.getKey()))).toList();
	}
}
