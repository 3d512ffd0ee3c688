package org.csapriority.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessRequest;

/**
 * A run to make and record: the scenario as a merged tree (imports included) with the files it was read
 * from and their hashes, what-if changes to apply to it (a JSON array, or null for none), the rules, and
 * who asked and from where ({@code cli} or {@code web}); and, for a robustness run, its sample count, seed and
 * the kinds of input that vary (null for a plain run).
 */
public record RunRequest(String scenarioName, JsonNode scenarioTree, Map<String, String> scenarioFiles,
		JsonNode changes, RuleBase rules, String recordedBy, String origin, RobustnessRequest robustness) {

	public RunRequest {
		scenarioFiles = Map.copyOf(scenarioFiles);
	}

	public RunRequest(String scenarioName, JsonNode scenarioTree, Map<String, String> scenarioFiles, JsonNode changes,
			RuleBase rules, String recordedBy, String origin) {
		this(scenarioName, scenarioTree, scenarioFiles, changes, rules, recordedBy, origin, null);
	}

	/**
	 * A run of a scenario as loaded, with the SHA-256 of every file it was read from, each named as
	 * {@code fileName} says (relative to where the caller keeps its scenarios).
	 */
	public static RunRequest of(String scenarioName, ScenarioLoader.Loaded loaded, Function<Path, String> fileName,
			JsonNode changes, RuleBase rules, String recordedBy, String origin) {
		return of(scenarioName, loaded, fileName, changes, rules, recordedBy, origin, null);
	}

	/** As {@link #of(String, ScenarioLoader.Loaded, Function, JsonNode, RuleBase, String, String)}, with robustness. */
	public static RunRequest of(String scenarioName, ScenarioLoader.Loaded loaded, Function<Path, String> fileName,
			JsonNode changes, RuleBase rules, String recordedBy, String origin, RobustnessRequest robustness) {
		Map<String, String> files = new LinkedHashMap<>();
		for (Path file : loaded.files()) {
			try {
				files.put(fileName.apply(file), RuleBase.sha256(Files.readString(file)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new RunRequest(scenarioName, loaded.tree(), files, changes, rules, recordedBy, origin, robustness);
	}
}
