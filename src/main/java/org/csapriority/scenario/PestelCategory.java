package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kent's PESTELO headings: "L" is Legislation and "E" is Environmental (and Geographical). */
public enum PestelCategory {
	@JsonProperty("political") POLITICAL,
	@JsonProperty("economic") ECONOMIC,
	@JsonProperty("social") SOCIAL,
	@JsonProperty("technological") TECHNOLOGICAL,
	@JsonProperty("environmental") ENVIRONMENTAL,
	@JsonProperty("legislation") LEGISLATION,
	@JsonProperty("organisational") ORGANISATIONAL
}
