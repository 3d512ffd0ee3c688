package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.Finding;
import org.csapriority.scenario.Source;

/**
 * One duty's place in the agreement: {@code bearer} is who the law binds, {@code status} whether it is
 * in force, {@code items} the items that meet it, {@code reason} a sentence a councillor can read, and
 * the rule that reached the finding.
 */
public record DutyCompliance(String id, String citation, String requirement, String bearer, String status,
		Finding finding, List<ItemRef> items, String reason, String ruleId, String rule, Source source) {
}
