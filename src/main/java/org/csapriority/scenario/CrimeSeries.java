package org.csapriority.scenario;

import java.util.List;

/**
 * Recorded figures for one issue. A series that crosses a change in recording practice is marked
 * {@code comparable: false}, and the rules then refuse to read a trend from it.
 */
public record CrimeSeries(String id, String issue, String measure, String unit, String geography,
		List<Observation> series, Double shareOfRecordedCrime, String sharePeriod, Boolean comparable,
		String comparabilityNote, Source source) {

	public CrimeSeries {
		series = series == null ? List.of() : List.copyOf(series);
	}

	public boolean isComparable() {
		return comparable == null || comparable;
	}
}
