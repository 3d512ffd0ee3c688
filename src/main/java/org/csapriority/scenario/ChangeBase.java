package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The figure a percentage change is measured against: the earlier one, as is usual, or the later one. */
public enum ChangeBase {
	@JsonProperty("previous") PREVIOUS,
	@JsonProperty("current") CURRENT
}
