package org.csapriority.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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

	private AssessmentEngine() {
	}

	public static Assessment assess(Scenario scenario, RuleBase rules) {
		List<Object> facts = FactAssembler.facts(scenario, rules.policy());
		Run run = run(rules, facts);
		return ResultBuilder.build(scenario, rules, facts, run.derived(), run.fired());
	}

	/**
	 * Fires the rules over the given facts and returns the conclusions that stand, each with its rule:
	 * the way to test one rule group on the smallest facts that tell its story.
	 */
	public static List<Conclusion> conclusions(RuleBase rules, Collection<?> facts) {
		return run(rules, facts).derived().stream().map(d -> new Conclusion(d.fact(), rules.rule(d.rule()))).toList();
	}

	private record Run(List<Derived> derived, Set<String> fired) {
	}

	private static Run run(RuleBase rules, Collection<?> facts) {
		KieSession session = rules.kieBase().newKieSession();
		try {
			Derivations derivations = new Derivations();
			session.setGlobal("policy", rules.policy());
			session.addEventListener((RuleRuntimeEventListener) derivations);
			session.addEventListener((AgendaEventListener) derivations);
			facts.forEach(session::insert);
			int fired = session.fireAllRules(MAX_FIRINGS);
			if (fired >= MAX_FIRINGS) {
				throw new IllegalStateException("the rules did not settle after " + MAX_FIRINGS
						+ " firings: two rules keep undoing each other");
			}
			return new Run(derivations.standing(session), derivations.fired());
		}
		finally {
			session.dispose();
		}
	}
}
