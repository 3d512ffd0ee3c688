package org.csapriority.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.engine.fact.Proposal;
import org.csapriority.engine.fact.Settled;
import org.csapriority.engine.fact.Signal;
import org.csapriority.engine.fact.StrategicAim;
import org.csapriority.scenario.Framework;
import org.csapriority.scenario.Scenario;

/**
 * Reads the settled working memory into the published result: each candidate's outcome (the strongest
 * proposal in the policy's precedence), its trail, score and change against last year.
 */
final class ResultBuilder {

	private ResultBuilder() {
	}

	static Assessment build(Scenario scenario, RuleBase rules, List<Object> facts, List<Derived> derived,
			Set<String> fired, Map<String, Decided> decided) {
		Trail trail = new Trail(rules, derived,
				facts.stream().filter(StrategicAim.class::isInstance).map(StrategicAim.class::cast).toList());
		List<Candidate> candidates = facts.stream().filter(Candidate.class::isInstance).map(Candidate.class::cast).toList();
		Map<String, Candidate> byId = new LinkedHashMap<>();
		candidates.forEach(c -> byId.put(c.id(), c));
		Changes changes = new Changes(scenario, candidates, decided);
		List<Recommendation> recommendations = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Decided d = decided.get(candidate.id());
			Changes.Result change = changes.of(candidate);
			List<DriverScore> breakdown = Scoring.breakdown(trail.signals(candidate.id()), rules.policy());
			double score = breakdown.stream().mapToDouble(DriverScore::points).sum();
			String within = d.hostId() == null ? null : byId.get(d.hostId()).name();
			recommendations.add(new Recommendation(candidate.id(), candidate.name(), candidate.declaredAs(),
					candidate.kind().name().toLowerCase(), d.outcome(), within, trail.aimsOf(candidate.id()),
					change.change(), change.note(), 0, Math.round(score * 1000) / 1000.0, breakdown,
					summary(candidate, d, within, trail, change), trail.justifications(candidate.id(), d)));
		}
		List<Recommendation> ranked = ranked(recommendations, rules.policy());
		List<AimResult> aims = Aims.results(scenario, trail, byId);
		return new Assessment(scenario.id(), scenario.area(), scenario.partnership(), scenario.assessmentYear(),
				scenario.financialYear(), scenario.framework(), ranked, aims, changes.dropped(),
				ComplianceBuilder.build(trail, facts, ranked, aims), DataQualityBuilder.build(trail, candidates),
				fired.stream().map(name -> rules.rule(name).ruleId()).sorted().toList(), rules.fileHashes());
	}

	record Decided(Outcome outcome, String hostId, List<Derived> deciding) {
	}

	/** The outcomes the policy's precedence settles, and the same as facts for the compliance rules. */
	record Settlement(Map<String, Decided> decided, List<Settled> facts) {
	}

	/** Each candidate's settled outcome, decided once: the compliance rules and the result both read it. */
	static Settlement settle(Scenario scenario, RuleBase rules, List<Object> facts, List<Derived> derived) {
		Trail trail = new Trail(rules, derived,
				facts.stream().filter(StrategicAim.class::isInstance).map(StrategicAim.class::cast).toList());
		List<Candidate> candidates = facts.stream().filter(Candidate.class::isInstance).map(Candidate.class::cast).toList();
		Map<String, Decided> decided = new LinkedHashMap<>();
		candidates.forEach(c -> decided.put(c.id(), decide(c, trail, rules.policy(), scenario.framework())));
		return new Settlement(decided, candidates.stream().map(c -> {
			Decided d = decided.get(c.id());
			boolean covered = d.outcome().isSelected() || d.outcome() == Outcome.WITHIN_PRIORITY
					&& d.hostId() != null && decided.get(d.hostId()).outcome().isSelected();
			return new Settled(c.id(), d.outcome(), covered);
		}).toList());
	}

	private static Decided decide(Candidate candidate, Trail trail, Policy policy, Framework framework) {
		List<Derived> proposals = trail.proposals(candidate.id());
		List<Derived> overriding = proposals.stream().filter(p -> ((Proposal) p.fact()).overrides()).toList();
		if (!overriding.isEmpty()) {
			return new Decided(((Proposal) overriding.get(0).fact()).outcome(), null, overriding);
		}
		Outcome best = proposals.stream()
			.map(p -> ((Proposal) p.fact()).outcome())
			.min(Comparator.comparingInt(policy::precedence))
			.orElse(Outcome.NOT_PRIORITISED);
		// ordered by rule id so that the same inputs always give the same trail
		List<Derived> deciding = proposals.stream().filter(p -> ((Proposal) p.fact()).outcome() == best)
			.sorted(Comparator.comparing((Derived p) -> trail.rule(p).ruleId())).toList();
		String host = deciding.stream().map(p -> ((Proposal) p.fact()).hostId()).filter(h -> h != null).findFirst()
			.orElse(null);
		Outcome outcome = best;
		if (framework == Framework.STRATEGIC_AIMS && best.isSelected() && !trail.aimsOf(candidate.id()).isEmpty()) {
			outcome = Outcome.FOCUS_AREA;
		}
		return new Decided(outcome, host, deciding);
	}

	/** Outcome in the policy's precedence, then score, then name: one order for the result and for samples. */
	private static <T> Comparator<T> rankOrder(Policy policy, java.util.function.Function<T, Outcome> outcome,
			java.util.function.ToDoubleFunction<T> score, java.util.function.Function<T, String> name) {
		return Comparator.comparingInt((T r) -> policy.precedence(selectedForm(outcome.apply(r))))
			.thenComparing(Comparator.comparingDouble(score).reversed())
			.thenComparing(name);
	}

	static List<Placing> placings(RuleBase rules, List<Object> facts, List<Derived> derived, Map<String, Decided> decided) {
		Trail trail = new Trail(rules, derived, List.of());
		List<Placing> unranked = new ArrayList<>();
		for (Object fact : facts) {
			if (fact instanceof Candidate candidate) {
				double score = Scoring.breakdown(trail.signals(candidate.id()), rules.policy()).stream()
					.mapToDouble(DriverScore::points).sum();
				unranked.add(new Placing(candidate.id(), candidate.name(), decided.get(candidate.id()).outcome(), 0,
						Math.round(score * 1000) / 1000.0));
			}
		}
		List<Placing> sorted = unranked.stream()
			.sorted(rankOrder(rules.policy(), Placing::outcome, Placing::score, Placing::name)).toList();
		List<Placing> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			Placing p = sorted.get(i);
			ranked.add(new Placing(p.id(), p.name(), p.outcome(), i + 1, p.score()));
		}
		return ranked;
	}

	private static List<Recommendation> ranked(List<Recommendation> items, Policy policy) {
		List<Recommendation> sorted = items.stream()
			.sorted(rankOrder(policy, Recommendation::outcome, Recommendation::score, Recommendation::name))
			.toList();
		List<Recommendation> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Recommendation r = sorted.get(i);
			ranked.add(new Recommendation(r.id(), r.name(), r.declaredAs(), r.kind(), r.outcome(), r.within(), r.aims(),
					r.change(), r.changeNote(), i + 1, r.score(), r.scoreBreakdown(), r.summary(), r.justifications()));
		}
		return ranked;
	}

	private static Outcome selectedForm(Outcome outcome) {
		return outcome == Outcome.FOCUS_AREA ? Outcome.PRIORITY : outcome;
	}

	private static String summary(Candidate candidate, Decided decided, String within, Trail trail,
			Changes.Result change) {
		StringBuilder text = new StringBuilder(candidate.name()).append(": ").append(decided.outcome().label());
		if (within != null) {
			text.append(" (").append(within).append(')');
		}
		List<String> aims = trail.aimNamesOf(candidate.id());
		if (!aims.isEmpty()) {
			text.append(" under ").append(String.join(" and ", aims));
		}
		if (change.change() != Change.NONE) {
			text.append(", ").append(change.change().id());
		}
		if (trail.unassigned(candidate.id()) != null) {
			text.append(", not placed under any strategic aim: the working group must place it");
		}
		String because = decided.deciding().stream().map(d -> trail.rule(d).description()).distinct()
			.collect(Collectors.joining(" "));
		if (!because.isEmpty()) {
			text.append(". Because: ").append(because);
		}
		List<String> against = trail.signals(candidate.id()).stream()
			.filter(s -> !s.supportive() && s.driver() != DriverType.STATUTORY_DUTY)
			.map(Signal::detail).distinct().toList();
		if (!decided.outcome().isSelected() && !against.isEmpty()) {
			text.append(because.isEmpty() ? ". " : " ").append("Against: ").append(String.join("; ", against)).append('.');
		}
		String result = text.toString();
		return result.endsWith(".") ? result : result + ".";
	}
}
