package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum HorizonKind {
	@JsonProperty("emerging-issue") EMERGING_ISSUE,
	@JsonProperty("new-legislation") NEW_LEGISLATION,
	@JsonProperty("upcoming-legislation") UPCOMING_LEGISLATION,
	@JsonProperty("national-strategy") NATIONAL_STRATEGY,
	@JsonProperty("funding-change") FUNDING_CHANGE
}
