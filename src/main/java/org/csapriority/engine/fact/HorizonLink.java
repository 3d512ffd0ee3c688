package org.csapriority.engine.fact;

import org.csapriority.scenario.HorizonKind;
import org.csapriority.scenario.PestelCategory;

public record HorizonLink(String candidateId, String itemId, PestelCategory category, HorizonKind kind, String detail,
		Evidence evidence) {
}
