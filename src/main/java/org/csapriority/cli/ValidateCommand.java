package org.csapriority.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;

@Command(name = "validate", description = "Check a scenario and the rules without assessing; exit 2 with every problem found.")
class ValidateCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
	Path scenario;

	@Override
	public Integer call() {
		Scenario loaded = root.scenarios.load(scenario);
		RuleBase rules = root.rules();
		spec.commandLine().getOut().printf("%s is valid: %d districts, %d issues, %d priority areas, %d cross-cutting themes, %d aims; "
				+ "%d rules load cleanly.%n", scenario, loaded.districts().size(), loaded.taxonomy().issues().size(),
				loaded.taxonomy().priorityAreas().size(), loaded.taxonomy().crossCuttingThemes().size(),
				loaded.taxonomy().strategicAims().size(), rules.catalogue().size());
		return 0;
	}
}
