package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a published figure may still be revised. A figure not marked provisional is read as final. */
public enum FigureStatus {
	@JsonProperty("provisional") PROVISIONAL,
	@JsonProperty("final") FINAL
}
