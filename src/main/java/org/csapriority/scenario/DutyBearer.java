package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A duty on the partnership can force coverage; a duty on each authority cannot (the Prevent duty is one),
 * nor can one on the council (its crime and disorder committee scrutinises the partnership).
 */
public enum DutyBearer {
	@JsonProperty("partnership") PARTNERSHIP,
	@JsonProperty("each-authority") EACH_AUTHORITY,
	@JsonProperty("council") COUNCIL
}
