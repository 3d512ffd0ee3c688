package org.csapriority.engine.fact;

import java.util.List;

/** A candidate's threat/risk/harm position, normalised to 0-1 whether scored or ranked. */
public record HarmAssessment(String candidateId, double score, String band, String confidence, String method,
		String detail, List<Evidence> evidence) {
}
