package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum WorkingGroupAction {
	/** Leave the item out of the agreement. Refused where a duty in force requires it. */
	@JsonProperty("drop") DROP,
	/** Adopt the item (a priority, or a cross-cutting theme for a way of working) whatever the evidence. */
	@JsonProperty("prioritise") PRIORITISE
}
