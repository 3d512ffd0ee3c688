package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How prominently a district strategic assessment named an issue. */
public enum IdentificationLevel {
	@JsonProperty("main-priority") MAIN_PRIORITY,
	@JsonProperty("cross-cutting-theme") CROSS_CUTTING_THEME,
	@JsonProperty("part-of-broader-theme") PART_OF_BROADER_THEME,
	@JsonProperty("core-business") CORE_BUSINESS;

	public String label() {
		return name().toLowerCase().replace('_', '-');
	}
}
