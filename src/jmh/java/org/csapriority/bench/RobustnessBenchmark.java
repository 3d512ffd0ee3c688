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

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.RobustnessResult;

/**
 * A whole robustness run of Kent 2026/27 on every processor, timed once per run as the working group waits for it.
 * The rule engine's paths take some 40,000 samples to compile fully, so three runs warm up before three are timed:
 * these are the figures of a server that has answered a few analyses, and the first warm-up run is a new process's
 * (RobustnessMemory times that one alone). With -prof gc it shows how much is allocated; RobustnessMemory shows how
 * much of it stays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(2)
public class RobustnessBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int samples;

	private RuleBase rules;

	private Scenario kent;

	@Setup
	public void load() {
		rules = BenchInputs.rules();
		kent = BenchInputs.scenario("kent-2026-27.yaml");
	}

	@Benchmark
	public RobustnessResult run() {
		return RobustnessAnalysis.run(kent, rules, RobustnessRequest.of(samples, 42L), Runtime.getRuntime().availableProcessors(),
				RobustnessAnalysis.Progress.NONE);
	}
}
