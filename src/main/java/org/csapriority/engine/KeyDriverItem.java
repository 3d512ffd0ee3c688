package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.Evidence;

public record KeyDriverItem(String area, String sentence, String ruleId, String statute, List<Evidence> evidence) {
}
