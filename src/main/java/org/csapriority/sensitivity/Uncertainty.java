package org.csapriority.sensitivity;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of input a robustness run lets vary; every other input is held at its stated value. */
public enum Uncertainty {

	/** Threat/risk/harm scale points, drawn around their values by the confidence level's distribution. */
	SCORES("scores"),
	/** District identification, resampled over the districts (bootstrap). */
	DISTRICTS("districts"),
	/** Driver weights, within the ranges the policy file declares. */
	WEIGHTS("weights"),
	/** Policy thresholds, within the ranges the policy file declares. */
	THRESHOLDS("thresholds");

	private final String id;

	Uncertainty(String id) {
		this.id = id;
	}

	@JsonValue
	public String id() {
		return id;
	}

	public static Uncertainty fromId(String id) {
		return Arrays.stream(values()).filter(u -> u.id.equals(id)).findFirst().orElse(null);
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(Uncertainty::id).toList();
	}
}
