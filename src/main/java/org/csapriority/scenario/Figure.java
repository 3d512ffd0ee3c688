package org.csapriority.scenario;

/** One side of a comparison the sources make: a published figure with the area and period it covers. */
public record Figure(String label, Double value, String geography, String period, PeriodKind periodKind,
		FigureStatus status, Source source) {
}
