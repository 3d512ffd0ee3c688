package org.csapriority.scenario;

/**
 * One figure of a series. Geography and kind of period are the series' own unless the figure says
 * otherwise; a figure carries its own source where it comes from another paper or page.
 */
public record Observation(String period, Double value, String geography, PeriodKind periodKind, FigureStatus status,
		Source source) {
}
