package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a source states a change: in per cent, or as a number of offences, incidents, casualties. */
public enum ChangeUnit {
	@JsonProperty("percent") PERCENT,
	@JsonProperty("count") COUNT
}
