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
import org.csapriority.report.Formats;

@Command(name = "assess", description = "Assess a scenario and print the recommended priorities or aims with reasons.")
class AssessCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
	Path scenario;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Assessment assessment = AssessmentEngine.assess(root.scenarios.load(scenario), root.rules());
		spec.commandLine().getOut().print(Formats.render(assessment, format));
		return 0;
	}
}
