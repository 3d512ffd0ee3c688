package org.csapriority.engine.fact;

import java.util.List;

/**
 * Whose strategic assessments the district evidence draws on. {@code missing} lists districts with no
 * assessment in the evidence; {@code basis} says how that was read (per-district returns, or published
 * counts and bands stated over all districts).
 */
public record DistrictReturns(int districts, List<String> missing, String basis, Evidence evidence) {

	public boolean complete() {
		return missing.isEmpty() && districts > 0;
	}
}
