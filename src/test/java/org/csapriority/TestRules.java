package org.csapriority;

import java.nio.file.Path;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;

/** The project's real rules, compiled once per test JVM, and its real scenarios. */
public final class TestRules {

	private static RuleBase rules;

	private TestRules() {
	}

	public static synchronized RuleBase rules() {
		if (rules == null) {
			rules = RuleBase.load(Path.of("rules"));
		}
		return rules;
	}

	public static Scenario scenario(String file) {
		return new ScenarioLoader().load(Path.of("scenarios", file));
	}
}
