package org.csapriority.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.commons.statistics.descriptive.Quantile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;

/**
 * Times warm assessments of one scenario with the full rulebook. Each assessment is timed on its own
 * after a warm-up, and the percentiles are read with a fixed estimation method.
 */
@Command(name = "bench", description = "Time warm assessments of a scenario and report p50, p90 and p99 latency.")
class BenchCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
	Path scenario;

	@Option(names = "--warmup", description = "Assessments before timing starts (default: ${DEFAULT-VALUE}).",
			defaultValue = "5000")
	int warmup;

	@Option(names = "--iterations", description = "Timed assessments (default: ${DEFAULT-VALUE}).", defaultValue = "20000")
	int iterations;

	@Override
	public Integer call() {
		if (warmup < 0 || iterations < 1 || iterations > 10_000_000) {
			throw new InvalidInputException(new InputProblem("--iterations", 0, null,
					"iterations must be 1 to 10000000 and warmup at least 0"));
		}
		Scenario loaded = root.scenarios.load(scenario);
		RuleBase rules = root.rules();
		for (int i = 0; i < warmup; i++) {
			AssessmentEngine.assess(loaded, rules);
		}
		double[] micros = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			AssessmentEngine.assess(loaded, rules);
			micros[i] = (System.nanoTime() - start) / 1000.0;
		}
		double[] p = Quantile.withDefaults().with(Quantile.EstimationMethod.HF6).evaluate(micros, 0.5, 0.9, 0.99);
		spec.commandLine().getOut().printf("%s: %d warm assessments after %d warm-up, %d rules, %d processors, Java %s%n", scenario,
				iterations, warmup, rules.catalogue().size(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		spec.commandLine().getOut().printf("p50 %.3f ms   p90 %.3f ms   p99 %.3f ms%n", p[0] / 1000, p[1] / 1000, p[2] / 1000);
		return 0;
	}
}
