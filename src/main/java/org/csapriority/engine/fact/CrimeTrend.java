package org.csapriority.engine.fact;

/**
 * Direction of travel of a recorded series, fitted by least squares: {@code relativeChange} is the
 * fitted change per period divided by the series mean.
 */
public record CrimeTrend(String candidateId, String seriesId, int points, Double relativeChange, Double rSquared,
		boolean comparable, Double shareOfRecordedCrime, String detail, Evidence evidence) {
}
