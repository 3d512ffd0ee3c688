package org.csapriority.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Recommendation;
import org.csapriority.report.Formats;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;

@Command(name = "explain", description = "Show the whole justification trail of one item: rules, statutes, evidence and sources.")
class ExplainCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
	Path scenario;

	@Parameters(index = "1", paramLabel = "ITEM", description = "Item id, name or an alias of one of its issues.")
	String item;

	@Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Scenario loaded = root.scenarios.load(scenario);
		Assessment assessment = AssessmentEngine.assess(loaded, root.rules());
		Recommendation found = ItemFinder.find(loaded, assessment, item);
		if (found == null) {
			throw new InvalidInputException(new InputProblem(scenario.toString(), 0, "ITEM",
					"no item matches '" + item + "'; items are " + assessment.recommendations().stream()
						.map(Recommendation::id).toList()));
		}
		spec.commandLine().getOut().print(Formats.explain(assessment, found, format));
		return 0;
	}
}
