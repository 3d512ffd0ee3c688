package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the engine can verify, from the evidence, of a requirement on how the agreement is made. */
public enum ProcessCheck {
	/** The county agreement draws on a strategic assessment from every district. */
	@JsonProperty("every-district-assessment") EVERY_DISTRICT_ASSESSMENT,
	/** Every priority of the Police and Crime Plan is covered by the agreement or its absence explained. */
	@JsonProperty("police-and-crime-plan-regard") POLICE_AND_CRIME_PLAN_REGARD
}
