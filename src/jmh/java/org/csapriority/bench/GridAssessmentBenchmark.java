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
import org.csapriority.scenario.SyntheticCounty;

/**
 * One whole assessment of a synthetic county, over a grid of districts by issues: how the cost grows with the
 * size of the county. Every size takes every decision route (see SyntheticCounty); the seed is fixed. Sampled, so
 * that JMH reports the median and the tail beside the mean; twenty sizes take about three minutes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GridAssessmentBenchmark {

	@Param({ "12", "50", "100", "150", "300" })
	public int districts;

	@Param({ "15", "30", "45", "60" })
	public int issues;

	@Param({ "42" })
	public long seed;

	private RuleBase rules;

	private Scenario county;

	@Setup
	public void build() {
		rules = BenchInputs.rules();
		county = SyntheticCounty.of(districts, issues, seed);
	}

	@Benchmark
	public Assessment assess() {
		return AssessmentEngine.assess(county, rules);
	}
}
