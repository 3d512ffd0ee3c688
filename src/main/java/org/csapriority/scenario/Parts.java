package org.csapriority.scenario;

import java.util.List;

/**
 * The pieces a total is split into, with the area and period they cover together: one side of a
 * comparison whose value is their sum.
 */
public record Parts(String label, String geography, String period, PeriodKind periodKind, FigureStatus status,
		Source source, List<Part> values) {

	public Parts {
		values = values == null ? List.of() : List.copyOf(values);
	}

	public double sum() {
		return values.stream().filter(p -> p.value() != null).mapToDouble(Part::value).sum();
	}
}
