package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Evidence;

/**
 * One step of an item's trail: the rule that fired (id, plain-English name, file, statute), the driver
 * type it belongs to, what it concluded ({@code effect}), a sentence a councillor can read, and the
 * evidence with its sources.
 */
public record Justification(String ruleId, String rule, String file, String statute, DriverType driver,
		String effect, boolean supportive, String sentence, List<Evidence> evidence) {
}
