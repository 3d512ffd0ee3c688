package org.csapriority.engine.fact;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of evidence a decision rests on. The first seven are the key-driver types of Kent's 2026
 * agreement; the others are drivers the working group also weighs.
 */
public enum DriverType {

	STATUTORY_DUTY("statutory-duty", "Statutory duty", true),
	COMMUNITY_SAFETY_PLANS("community-safety-plans", "Community safety plans", true),
	POLICING_PRIORITIES("policing-priorities", "Policing priorities", true),
	HORIZON_SCANNING("horizon-scanning", "Horizon scanning", true),
	UPCOMING_CHANGES("upcoming-changes", "Upcoming changes", true),
	CRIME_RATES("crime-rates", "Crime rates", true),
	COMMUNITY_VIEWS("community-views", "Community views", true),
	THREAT_RISK_HARM("threat-risk-harm", "Threat, risk and harm", false),
	COUNTY_ARRANGEMENTS("county-arrangements", "County-level arrangements", false),
	PREVIOUS_AGREEMENT("previous-agreement", "Last year's agreement", false),
	DECISION("decision", "Decision", false);

	private final String id;

	private final String label;

	private final boolean keyDriver;

	DriverType(String id, String label, boolean keyDriver) {
		this.id = id;
		this.label = label;
		this.keyDriver = keyDriver;
	}

	@JsonValue
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public boolean isKeyDriver() {
		return keyDriver;
	}

	public static DriverType fromId(String id) {
		for (DriverType type : values()) {
			if (type.id.equals(id)) {
				return type;
			}
		}
		return null;
	}
}
