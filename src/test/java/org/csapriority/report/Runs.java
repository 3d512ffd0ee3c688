package org.csapriority.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.TestRules;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.scenario.ScenarioLoader;

/**
 * Assessments as a stored run keeps them: the JSON {@code assess --format json} prints and the merged scenario.
 * Each test gets its own copy to change.
 */
final class Runs {

	private static final Map<String, JsonNode> RESULTS = new ConcurrentHashMap<>();

	private static final ObjectMapper JSON = new ObjectMapper();

	private Runs() {
	}

	static ObjectNode result(String scenario) {
		return (ObjectNode) RESULTS.computeIfAbsent(scenario, Runs::assess).deepCopy();
	}

	static JsonNode tree(String scenario) {
		return new ScenarioLoader().mergedTree(Path.of("scenarios", scenario));
	}

	private static JsonNode assess(String scenario) {
		try {
			return JSON.readTree(Formats.json(AssessmentEngine.assess(TestRules.scenario(scenario), TestRules.rules())));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
