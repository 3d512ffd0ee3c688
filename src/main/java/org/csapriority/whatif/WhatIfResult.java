package org.csapriority.whatif;

import java.util.List;

import org.csapriority.engine.Assessment;

/**
 * A what-if answer: the baseline it started from, one plain-English line per change, both assessments
 * and what moved between them.
 */
public record WhatIfResult(String baselineScenario, List<String> changes, Assessment baseline, Assessment variant,
		AssessmentDiff diff) {

	public WhatIfResult {
		changes = List.copyOf(changes);
	}
}
