package org.csapriority.scenario;

import java.util.List;

/**
 * Recorded figures for one issue. A series that crosses a change in recording practice is marked
 * {@code comparable: false}, and the rules then refuse to read a trend from it. {@code statedChange} is
 * the change the source states between the last two figures, kept so it can be checked against them.
 */
public record CrimeSeries(String id, String issue, String measure, String unit, String geography,
		PeriodKind periodKind, List<Observation> series, Double shareOfRecordedCrime, String sharePeriod,
		Boolean comparable, String comparabilityNote, StatedChange statedChange, Source source) {

	public CrimeSeries {
		series = series == null ? List.of() : List.copyOf(series);
	}

	public boolean isComparable() {
		return comparable == null || comparable;
	}

	/** The series' source or, where it gives none, its latest figure's when every figure has its own. */
	public Source effectiveSource() {
		if (source != null || series.isEmpty() || series.stream().anyMatch(o -> o.source() == null)) {
			return source;
		}
		return series.get(series.size() - 1).source();
	}
}
