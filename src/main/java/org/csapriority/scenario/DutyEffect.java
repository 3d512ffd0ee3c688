package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DutyEffect {
	/** The partnership must address the issue in its strategy. */
	@JsonProperty("forces") FORCES,
	/** The law shapes delivery but does not require the issue in the strategy. */
	@JsonProperty("supports") SUPPORTS
}
