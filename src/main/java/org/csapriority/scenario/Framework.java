package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Before 2026 Kent agreed flat priorities and cross-cutting themes; from 2026 it agrees strategic aims. */
public enum Framework {
	@JsonProperty("priorities") PRIORITIES,
	@JsonProperty("strategic-aims") STRATEGIC_AIMS
}
