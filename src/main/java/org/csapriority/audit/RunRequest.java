package org.csapriority.audit;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.RuleBase;

/**
 * A run to make and record: the scenario as a merged tree (imports included) with the files it was read
 * from and their hashes, what-if changes to apply to it (a JSON array, or null for none), the rules, and
 * who asked and from where ({@code cli} or {@code web}).
 */
public record RunRequest(String scenarioName, JsonNode scenarioTree, Map<String, String> scenarioFiles,
		JsonNode changes, RuleBase rules, String recordedBy, String origin) {

	public RunRequest {
		scenarioFiles = Map.copyOf(scenarioFiles);
	}
}
