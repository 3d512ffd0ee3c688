package org.csapriority.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csapriority.audit.RunRequest;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.ScenarioLoader;

/** A scenario file read for a recorded run: its merged tree and the hash of every file it was read from. */
final class Recording {

	private Recording() {
	}

	static RunRequest request(ScenarioLoader loader, Path scenario, RuleBase rules, String user) {
		ScenarioLoader.Loaded loaded = loader.loadWithTree(scenario);
		Map<String, String> files = new LinkedHashMap<>();
		for (Path file : loaded.files()) {
			try {
				files.put(InputProblem.displayPath(file), RuleBase.sha256(Files.readString(file)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new RunRequest(InputProblem.displayPath(scenario), loaded.tree(), files, null, rules, user, "cli");
	}
}
