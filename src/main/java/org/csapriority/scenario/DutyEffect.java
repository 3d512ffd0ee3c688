package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DutyEffect {
	/** The partnership must address the issue in its strategy. */
	@JsonProperty("forces") FORCES,
	/** The law shapes delivery but does not require the issue in the strategy. */
	@JsonProperty("supports") SUPPORTS,
	/** A requirement on how the agreement is made; {@code checks} says what the engine can verify of it. */
	@JsonProperty("process") PROCESS
}
