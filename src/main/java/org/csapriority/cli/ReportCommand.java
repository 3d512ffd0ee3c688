package org.csapriority.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleBase;
import org.csapriority.report.Formats;
import org.csapriority.report.RunReport;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessAnalysis;

@Command(name = "report", description = {
		"Write a report of an assessment for auditors and scrutiny: the recommendation, changes against last year, drivers,",
		"compliance, provenance, charts and the agreement's appendices. The run is not recorded, and the report says so.",
		"With --samples (or --seed, --vary) the report also shows how robust each recommendation is (see robustness)." })
class ReportCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
	Path scenario;

	@Option(names = "--format", description = "html (one file with its charts), md, or appendices (Markdown) (default: ${DEFAULT-VALUE}).",
			defaultValue = "html")
	String format;

	@Mixin
	ReportOutput output;

	@Mixin
	RobustnessOptions robustness;

	@Override
	public Integer call() throws IOException {
		ScenarioLoader.Loaded loaded = root.scenarios.loadWithTree(scenario);
		// the report reads the assessment exactly as assess --format json prints it, as it will for a stored run
		RuleBase rules = root.rules();
		ObjectNode result = (ObjectNode) json(Formats.json(AssessmentEngine.assess(loaded.scenario(), rules)));
		if (robustness.given()) {
			result.set("robustness", json(Formats.json(RobustnessAnalysis.run(loaded.scenario(), rules, robustness.request(),
					robustness.threads(), RobustnessAnalysis.Progress.NONE))));
		}
		String report = switch (format) {
			case "html" -> RunReport.html(result, loaded.tree(), null, null);
			case "md" -> RunReport.markdown(result, loaded.tree(), null, null);
			case "appendices" -> RunReport.appendices(result, loaded.tree());
			default -> throw new InvalidInputException(new InputProblem("--format", 0, null,
					"unknown format '" + format + "'; use one of html, md, appendices"));
		};
		return output.deliver(spec, report);
	}

	private static JsonNode json(String text) {
		try {
			return new ObjectMapper().readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the assessment's JSON could not be read back", ex);
		}
	}
}
