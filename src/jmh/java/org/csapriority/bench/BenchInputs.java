package org.csapriority.bench;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;

/**
 * The rules and scenarios benchmarks read, from the folder they are run in (as ./csa reads them), and logging
 * quietened as the application quietens it: without Spring, logback would print the rule compiler's debugging.
 */
final class BenchInputs {

	private BenchInputs() {
	}

	static RuleBase rules() {
		quietLogging();
		return RuleBase.load(Path.of(System.getProperty("csa.rules", "rules")));
	}

	static Scenario scenario(String file) {
		return new ScenarioLoader().load(Path.of(System.getProperty("csa.scenarios", "scenarios"), file));
	}

	private static void quietLogging() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		((Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.OFF);
		((Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.OFF);
	}
}
