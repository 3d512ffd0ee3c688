package org.csapriority.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.ScenarioLoader;

/** The inputs every command shares: the rules folder and the scenario loader. */
class Inputs {

	@Option(names = "--rules", description = "Folder of rule files and policy.yaml (default: ${DEFAULT-VALUE}).",
			defaultValue = "${sys:csa.rules:-rules}")
	Path rulesDir;

	final ScenarioLoader scenarios = new ScenarioLoader();

	RuleBase rules() {
		return RuleBase.load(rulesDir);
	}
}
