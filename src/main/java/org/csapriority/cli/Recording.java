package org.csapriority.cli;

import java.nio.file.Path;

import org.csapriority.audit.RunRequest;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.ScenarioLoader;

/** A scenario file read for a recorded run from the command line, its files named as the user would. */
final class Recording {

	private Recording() {
	}

	static RunRequest request(ScenarioLoader loader, Path scenario, RuleBase rules, String user) {
		return RunRequest.of(InputProblem.displayPath(scenario), loader.loadWithTree(scenario), InputProblem::displayPath,
				null, rules, user, "cli");
	}
}
