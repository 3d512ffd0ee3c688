package org.csapriority.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;

/** One whole assessment of a Kent scenario with the full rulebook: facts, every rule stage, the result with its trails. */
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class KentAssessmentBenchmark {

	@Param({ "kent-2026-27.yaml", "kent-2022-23.yaml" })
	public String scenario;

	private RuleBase rules;

	private Scenario loaded;

	@Setup
	public void load() {
		rules = BenchInputs.rules();
		loaded = BenchInputs.scenario(scenario);
	}

	@Benchmark
	public Assessment assess() {
		return AssessmentEngine.assess(loaded, rules);
	}
}
