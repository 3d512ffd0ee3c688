package org.csapriority.engine;

import java.util.List;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

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
			return ResultBuilder.build(scenario, rules, facts, derivations.standing(session), derivations.fired());
		}
		finally {
			session.dispose();
		}
	}
}
