package org.csapriority.engine.fact;

import java.util.List;

/**
 * How widely the district strategic assessments name a candidate: {@code share} at any level,
 * {@code standaloneShare} only where named in its own right (levels set in the policy).
 */
public record LocalIdentification(String candidateId, int districts, double share, double standaloneShare,
		String detail, List<Evidence> evidence) {
}
