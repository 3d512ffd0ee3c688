package org.csapriority.scenario;

import java.util.Map;

/** Threat/risk/harm scores for one issue under the scenario's scoring scheme. */
public record HarmScore(String issue, Map<String, Integer> harm, Integer likelihood, String organisationalPosition,
		String confidence, Source source) {

	public HarmScore {
		// keeps the author's order so that explanations read the same on every run
		harm = harm == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(harm));
	}
}
