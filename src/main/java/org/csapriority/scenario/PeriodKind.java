package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of period a figure covers. Papers mix them (a financial year beside a calendar year, a rolling
 * twelve months ending in May), and a change read across two kinds is not a change over time alone.
 */
public enum PeriodKind {
	@JsonProperty("financial-year") FINANCIAL_YEAR("financial year"),
	@JsonProperty("calendar-year") CALENDAR_YEAR("calendar year"),
	@JsonProperty("rolling-12-months") ROLLING_12_MONTHS("rolling 12 months"),
	@JsonProperty("multi-year") MULTI_YEAR("several years"),
	@JsonProperty("part-year") PART_YEAR("part of a year"),
	@JsonProperty("point-in-time") POINT_IN_TIME("a point in time");

	private final String label;

	PeriodKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
