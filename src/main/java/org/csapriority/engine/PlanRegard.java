package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.Finding;
import org.csapriority.scenario.Source;

/** One Police and Crime Plan priority: the items that cover it, or why the agreement does not. */
public record PlanRegard(String id, String text, String pillar, Finding finding, List<ItemRef> items, String reason,
		String ruleId, String rule, Source source) {
}
