package org.csapriority.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import picocli.CommandLine.Option;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.YamlProblems;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.Variant;
import org.csapriority.whatif.WhatIfService;

/**
 * The what-if inputs commands share: a scenario or saved variant, changes from a file and inline. Changes are
 * applied in order: the variant's, then the file's, then each --change.
 */
class ChangeOptions {

	/** YAML reads both inline forms the README shows: JSON objects and YAML flow maps. */
	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	@Option(names = "--change", paramLabel = "CHANGE", description = "One change as an inline JSON or YAML object, "
			+ "e.g. '{op: set-count, issue: mental-health, count: 5}'. Repeatable.")
	List<String> inline = new ArrayList<>();

	@Option(names = "--changes", paramLabel = "FILE", description = "File of changes: a YAML or JSON list, or an object with a 'changes' list.")
	Path changesFile;

	@Option(names = "--scenarios", paramLabel = "FOLDER", description = "Folder a variant's baseline is named in (default: ${DEFAULT-VALUE}).",
			defaultValue = "scenarios")
	Path scenariosDir;

	/** What to run: the baseline file, the variant if the scenario was one, the changes and how to name them. */
	record Request(Path baseline, Variant variant, List<ScenarioChange> changes, String source) {
	}

	Request read(WhatIfService service, Path scenario) {
		List<ScenarioChange> changes = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		Path baseline = scenario;
		Variant variant = null;
		if (WhatIfService.isVariant(scenario)) {
			variant = service.loadVariant(scenario);
			baseline = service.baselineOf(variant, scenariosDir);
			changes.addAll(variant.changes());
			sources.add(InputProblem.displayPath(scenario));
		}
		if (changesFile != null) {
			String name = InputProblem.displayPath(changesFile);
			changes.addAll(service.parseChanges(file(changesFile, name), name));
			sources.add(name);
		}
		if (!inline.isEmpty()) {
			changes.addAll(service.parseChanges(inline(), "--change"));
			sources.add("--change");
		}
		// a problem's changes[i] counts through every source in order, so say which they were
		String source = sources.size() == 1 ? sources.get(0)
				: "what-if (" + (sources.isEmpty() ? "no changes" : String.join(", then ", sources)) + ")";
		return new Request(baseline, variant, changes, source);
	}

	/** Every --change in order, as one list; each may be one change or a list of them. */
	private JsonNode inline() {
		ArrayNode list = YAML.createArrayNode();
		List<InputProblem> problems = new ArrayList<>();
		for (String text : inline) {
			try {
				JsonNode node = YAML.readTree(text);
				if (node != null && node.isArray()) {
					list.addAll((ArrayNode) node);
				}
				else {
					list.add(node == null ? YAML.nullNode() : node);
				}
			}
			catch (JsonProcessingException ex) {
				InputProblem syntax = YamlProblems.syntax("--change", "malformed JSON or YAML", ex);
				problems.add(new InputProblem("--change", 0, "changes[" + list.size() + "]", syntax.message() + " in '" + text + "'"));
				list.add(YAML.nullNode());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return list;
	}

	private static JsonNode file(Path file, String name) {
		try {
			ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : YAML;
			return mapper.readTree(Files.readString(file));
		}
		catch (NoSuchFileException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "file not found"));
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(YamlProblems.syntax(name, "malformed JSON or YAML", ex));
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "cannot be read: " + ex.getMessage()));
		}
	}
}
