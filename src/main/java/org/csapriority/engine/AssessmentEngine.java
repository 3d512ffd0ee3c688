package org.csapriority.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.scenario.Scenario;

/**
 * Runs the rules over one scenario. Thread-safe: the compiled rule base is shared, and every call
 * gets its own session, global and listener.
 */
public final class AssessmentEngine {

	/** Far above any real rulebook's firings; reaching it means rules that undo each other. */
	private static final int MAX_FIRINGS = 200_000;

	/** The agenda group of the rules that check the settled agreement against the law. */
	static final String COMPLIANCE = "compliance";

	/** The agenda group of the rules that check the evidence itself: they read no conclusion and feed none. */
	static final String DATA_QUALITY = "data-quality";

	/** Told the names of the rules each run fired: rule coverage and monitoring watch the engine here. */
	private static final List<Consumer<Collection<String>>> FIRING_LISTENERS = new CopyOnWriteArrayList<>();

	private AssessmentEngine() {
	}

	public static void addFiringListener(Consumer<Collection<String>> listener) {
		FIRING_LISTENERS.add(listener);
	}

	public static void removeFiringListener(Consumer<Collection<String>> listener) {
		FIRING_LISTENERS.remove(listener);
	}

	public static Assessment assess(Scenario scenario, RuleBase rules) {
		List<Object> facts = FactAssembler.facts(scenario, rules.policy(), true);
		AtomicReference<ResultBuilder.Settlement> settled = new AtomicReference<>();
		Run run = run(rules, facts, derived -> {
			settled.set(ResultBuilder.settle(scenario, rules, facts, derived));
			return settled.get().facts();
		}, true);
		return ResultBuilder.build(scenario, rules, facts, run.derived(), run.fired(), settled.get().decided());
	}

	/**
	 * Each candidate's outcome, rank and score, in rank order: the same as {@link #assess} gives, by the same
	 * rules and the same settlement, but without the compliance and data-quality stage (which comes after the
	 * outcomes are settled and cannot move one) and without the justifications. Robustness runs re-assess
	 * thousands of samples this way.
	 */
	public static List<Placing> placings(Scenario scenario, RuleBase rules) {
		List<Object> facts = FactAssembler.facts(scenario, rules.policy(), false);
		AtomicReference<ResultBuilder.Settlement> settled = new AtomicReference<>();
		Run run = run(rules, facts, derived -> {
			settled.set(ResultBuilder.settle(scenario, rules, facts, derived));
			return List.of();
		}, false);
		return ResultBuilder.placings(rules, facts, run.derived(), settled.get().decided());
	}

	/**
	 * The facts the rules reason over for a scenario, before any rule fires: with {@link #conclusions} the way
	 * to read what a rule's conditions saw, for an account of why a rule did or did not fire.
	 */
	public static List<Object> facts(Scenario scenario, RuleBase rules) {
		return FactAssembler.facts(scenario, rules.policy(), true);
	}

	/**
	 * Fires the rules over the given facts and returns the conclusions that stand, each with its rule:
	 * the way to test one rule group on the smallest facts that tell its story.
	 */
	public static List<Conclusion> conclusions(RuleBase rules, Collection<?> facts) {
		return run(rules, facts, decided -> List.of(), true).derived().stream().map(d -> new Conclusion(d.fact(), rules.rule(d.rule()))).toList();
	}

	private record Run(List<Derived> derived, Set<String> fired) {
	}

	/**
	 * Three stages: the driver and decision rules settle every candidate's proposals; the policy's
	 * precedence turns them into outcomes ({@code settle}); then the compliance rules check the settled
	 * agreement against the law, and the data-quality rules check the evidence. The last stage comes after
	 * the outcomes are settled, so its flags cannot move one.
	 */
	private static Run run(RuleBase rules, Collection<?> facts, Function<List<Derived>, List<?>> settle, boolean checks) {
		KieSession session = rules.kieBase().newKieSession();
		try {
			Derivations derivations = new Derivations();
			session.setGlobal("policy", rules.policy());
			session.addEventListener((RuleRuntimeEventListener) derivations);
			session.addEventListener((AgendaEventListener) derivations);
			facts.forEach(session::insert);
			int fired = session.fireAllRules(MAX_FIRINGS);
			settle.apply(derivations.standing(session)).forEach(session::insert);
			if (checks) {
				// the focus is a stack: compliance fires first, then data quality
				session.getAgenda().getAgendaGroup(DATA_QUALITY).setFocus();
				session.getAgenda().getAgendaGroup(COMPLIANCE).setFocus();
				fired += session.fireAllRules(MAX_FIRINGS);
			}
			if (fired >= MAX_FIRINGS) {
				throw new IllegalStateException("the rules did not settle after " + MAX_FIRINGS
						+ " firings: two rules keep undoing each other");
			}
			FIRING_LISTENERS.forEach(listener -> listener.accept(derivations.fired()));
			return new Run(derivations.standing(session), derivations.fired());
		}
		finally {
			session.dispose();
		}
	}
}
