package org.csapriority.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.csapriority.engine.RuleBase;
import org.csapriority.report.Formats;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.Variant;
import org.csapriority.whatif.WhatIfResult;
import org.csapriority.whatif.WhatIfService;

@Command(name = "whatif", description = {
		"Apply changes to a copy of a scenario (or run a saved variant) and show what moves and why.",
		"The scenario file is never written. Changes are applied in order: a --changes file's first, then each --change." })
class WhatIfCommand implements Callable<Integer> {

	/** YAML reads both inline forms the README shows: JSON objects and YAML flow maps. */
	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON), or a saved variant (scenarios/variants/*.yaml).")
	Path scenario;

	@Option(names = "--change", paramLabel = "CHANGE", description = "One change as an inline JSON or YAML object, "
			+ "e.g. '{op: set-count, issue: mental-health, count: 5}'. Repeatable.")
	List<String> inline = new ArrayList<>();

	@Option(names = "--changes", paramLabel = "FILE", description = "File of changes: a YAML or JSON list, or an object with a 'changes' list.")
	Path changesFile;

	@Option(names = "--scenarios", paramLabel = "FOLDER", description = "Folder a variant's baseline is named in (default: ${DEFAULT-VALUE}).",
			defaultValue = "scenarios")
	Path scenariosDir;

	@Option(names = "--save", paramLabel = "NAME", description = "Also save the changes as a named variant in <scenarios>/variants.")
	String saveAs;

	@Option(names = "--description", description = "Description of the variant saved with --save.")
	String description;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		WhatIfService service = new WhatIfService(root.scenarios);
		List<ScenarioChange> changes = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		Path baseline = scenario;
		if (WhatIfService.isVariant(scenario)) {
			Variant variant = service.loadVariant(scenario);
			baseline = service.baselineOf(variant, scenariosDir);
			changes.addAll(variant.changes());
			sources.add(InputProblem.displayPath(scenario));
		}
		if (changesFile != null) {
			String name = InputProblem.displayPath(changesFile);
			changes.addAll(service.parseChanges(read(changesFile, name), name));
			sources.add(name);
		}
		if (!inline.isEmpty()) {
			changes.addAll(service.parseChanges(inline(), "--change"));
			sources.add("--change");
		}
		RuleBase rules = root.rules();
		String source = sources.size() == 1 ? sources.get(0)
				: "what-if (" + String.join(", then ", sources.isEmpty() ? List.of("no changes") : sources) + ")";
		WhatIfResult result = service.run(baseline, changes, rules, source);
		spec.commandLine().getOut().print(Formats.whatIf(result, null, format));
		if (saveAs != null) {
			save(service, baseline, changes);
		}
		return 0;
	}

	/** Every --change in order, as one list; each may be one change or a list of them. */
	private JsonNode inline() {
		var list = YAML.createArrayNode();
		List<InputProblem> problems = new ArrayList<>();
		for (String text : inline) {
			try {
				JsonNode node = YAML.readTree(text);
				if (node != null && node.isArray()) {
					list.addAll((com.fasterxml.jackson.databind.node.ArrayNode) node);
				}
				else {
					list.add(node == null ? YAML.nullNode() : node);
				}
			}
			catch (JsonProcessingException ex) {
				problems.add(new InputProblem("--change", 0, "changes[" + list.size() + "]", "malformed JSON or YAML: "
						+ ex.getOriginalMessage().strip().lines().findFirst().orElse("") + " in '" + text + "'"));
				list.add(YAML.nullNode());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return list;
	}

	private void save(WhatIfService service, Path baseline, List<ScenarioChange> changes) {
		Path dir = scenariosDir.toAbsolutePath().normalize();
		Path file = baseline.toAbsolutePath().normalize();
		if (!file.startsWith(dir)) {
			throw new InvalidInputException(new InputProblem("--save", 0, null, InputProblem.displayPath(baseline)
					+ " is not in " + InputProblem.displayPath(scenariosDir) + ", so a variant cannot name it"));
		}
		String variantOf = dir.relativize(file).toString().replace('\\', '/');
		Path variants = scenariosDir.resolve("variants");
		service.saveVariant(variants, new Variant(variantOf, saveAs, description, changes));
		spec.commandLine().getErr().println("saved variant " + InputProblem.displayPath(
				variants.resolve(WhatIfService.variantFileName(saveAs))));
		spec.commandLine().getErr().flush();
	}

	private static JsonNode read(Path file, String name) {
		try {
			ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : YAML;
			return mapper.readTree(Files.readString(file));
		}
		catch (NoSuchFileException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "file not found"));
		}
		catch (JsonProcessingException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			throw new InvalidInputException(new InputProblem(name, line, null, "malformed JSON or YAML: "
					+ ex.getOriginalMessage().strip().lines().findFirst().orElse("")));
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "cannot be read: " + ex.getMessage()));
		}
	}
}
