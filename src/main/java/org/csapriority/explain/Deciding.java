package org.csapriority.explain;

import java.util.ArrayList;
import java.util.List;

import org.csapriority.engine.Justification;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.explain.Why.RuleRef;

/**
 * The rules that decide an item's outcome, read from its trail: the engine lists the deciding decision rules
 * first, all proposing the outcome that stood, then the other proposals.
 */
final class Deciding {

	private Deciding() {
	}

	static List<RuleRef> of(Recommendation item) {
		List<RuleRef> rules = new ArrayList<>();
		String proposed = null;
		for (Justification j : item.justifications()) {
			if (j.driver() != DriverType.DECISION || Outcome.fromId(j.effect()) == null
					|| proposed != null && !proposed.equals(j.effect())) {
				break;
			}
			proposed = j.effect();
			rules.add(new RuleRef(j.ruleId(), j.rule()));
		}
		return rules;
	}
}
