package org.csapriority.sensitivity;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.Placing;
import org.csapriority.engine.Recommendation;
import org.csapriority.scenario.Scenario;
import org.csapriority.sensitivity.RobustnessResult.ItemRobustness;
import org.csapriority.sensitivity.RobustnessResult.Label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Monte Carlo run on the real rules and the Kent scenarios: reproducible, and telling firm from fragile. */
class RobustnessAnalysisTest {

	private static final Scenario KENT_2026 = TestRules.scenario("kent-2026-27.yaml");

	private static RobustnessResult run(Scenario scenario, int samples, long seed, int threads, Set<Uncertainty> vary) {
		return RobustnessAnalysis.run(scenario, TestRules.rules(), new RobustnessRequest(samples, seed, vary), threads,
				RobustnessAnalysis.Progress.NONE);
	}

	@Test
	void theSameSeedGivesTheSameFiguresAndAnotherSeedOtherFigures() {
		RobustnessResult first = run(KENT_2026, 400, 2026, 2, null);
		RobustnessResult again = run(KENT_2026, 400, 2026, 2, null);
		RobustnessResult other = run(KENT_2026, 400, 2027, 2, null);

		assertThat(again).isEqualTo(first);
		assertThat(other.items()).isNotEqualTo(first.items());
		assertThat(first.seed()).isEqualTo(2026);
		assertThat(first.samples()).isEqualTo(400);
	}

	/**
	 * The figures of one seed, written down: a change to the order of the draws, to a distribution or to a library
	 * would change them, and with them the figures a recorded run replays to. Such a change must be made knowingly.
	 */
	@Test
	void kent2026WithSeed2026GivesTheFiguresWrittenDown() {
		RobustnessResult result = run(KENT_2026, 200, 2026, 2, null);

		assertThat(result.inputs()).hasSize(22);
		assertThat(result.samplesMatchingBaseline()).isEqualTo(2);
		assertThat(result.kendallTau().mean()).isEqualTo(0.7995);
		assertThat(result.kendallTau().median()).isEqualTo(0.8242);
		assertThat(result.items()).extracting(ItemRobustness::id, ItemRobustness::baselineShare, ItemRobustness::meanRank)
			.contains(org.assertj.core.groups.Tuple.tuple("hate-crime", 0.875, 10.21),
					org.assertj.core.groups.Tuple.tuple("exploitation", 0.455, 12.7),
					org.assertj.core.groups.Tuple.tuple("mental-health", 0.815, 12.55),
					org.assertj.core.groups.Tuple.tuple("vawg", 1.0, 4.03));
	}

	@Test
	void theNumberOfThreadsDoesNotChangeTheFigures() {
		RobustnessResult one = run(KENT_2026, 300, 11, 1, null);

		assertThat(run(KENT_2026, 300, 11, 2, null)).isEqualTo(one);
		assertThat(run(KENT_2026, 300, 11, 5, null)).isEqualTo(one);
	}

	@Test
	void theStatedRankingIsTheFullAssessmentsRanking() {
		for (String file : new String[] { "kent-2022-23.yaml", "kent-2026-27.yaml", "synthetic/riverdale-2025-26.yaml" }) {
			Scenario scenario = TestRules.scenario(file);
			Assessment full = AssessmentEngine.assess(scenario, TestRules.rules());
			assertThat(AssessmentEngine.placings(scenario, TestRules.rules())).as(file)
				.containsExactlyElementsOf(full.recommendations().stream()
					.map(r -> new Placing(r.id(), r.name(), r.outcome(), r.rank(), r.score())).toList());
		}
	}

	@Test
	void anItemEveryDistrictNamesInItsOwnRightIsStable() {
		// every district names ASB as a priority or core business: no resampling of districts can drop it
		RobustnessResult result = run(KENT_2026, 500, 5, 2, null);
		ItemRobustness asb = result.item("neighbourhood-crime-asb");

		assertThat(asb.baselineShare()).isEqualTo(1.0);
		assertThat(asb.label()).isEqualTo(Label.STABLE);
		assertThat(asb.outcomes()).extracting(RobustnessResult.OutcomeShare::outcome).containsExactly(asb.baselineOutcome());
	}

	@Test
	void anItemBalancedOnAThresholdIsContested() {
		// the sources read 'approx. half' of the districts as a share of exactly the policy's broad-identification
		// threshold, so exploitation holds its place only while the threshold is at or below its stated value
		assertThat(KENT_2026.districtAssessments().bandDefinitions().stream()
			.filter(b -> b.id().equals("approx-half")).findFirst().orElseThrow().share())
			.isEqualTo(TestRules.rules().policy().threshold("district.broad-share"));

		RobustnessResult result = run(KENT_2026, 1000, 3, 2, EnumSet.of(Uncertainty.THRESHOLDS));
		ItemRobustness exploitation = result.item("exploitation");

		assertThat(exploitation.label()).isEqualTo(Label.CONTESTED);
		assertThat(exploitation.baselineShare()).isBetween(0.4, 0.6);
		assertThat(result.tornado("exploitation").bars().get(0).input()).isEqualTo("threshold district.broad-share");
		assertThat(result.tornado("exploitation").bars().get(0).outcomeChanges()).isTrue();
	}

	@Test
	void theOutcomeAndRankSharesOfEachItemAddUpToOne() {
		RobustnessResult result = run(KENT_2026, 300, 9, 2, null);
		for (ItemRobustness item : result.items()) {
			assertThat(item.outcomes().stream().mapToDouble(RobustnessResult.OutcomeShare::share).sum()).as(item.id())
				.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(item.rankAcceptability().stream().mapToDouble(Double::doubleValue).sum()).as(item.id())
				.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(item.rankLow()).isLessThanOrEqualTo(item.rankHigh());
		}
		// each rank is taken by exactly one item in every sample
		for (int rank = 0; rank < result.items().size(); rank++) {
			int r = rank;
			assertThat(result.items().stream().mapToDouble(i -> i.rankAcceptability().get(r)).sum())
				.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
		}
		assertThat(result.kendallTau().histogram().stream().mapToDouble(RobustnessResult.TauBin::share).sum())
			.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void progressReachesTheSampleCount() {
		AtomicInteger last = new AtomicInteger();
		RobustnessAnalysis.run(KENT_2026, TestRules.rules(), RobustnessRequest.of(500, 1), 2,
				(done, total) -> last.accumulateAndGet(done, Math::max));

		assertThat(last.get()).isEqualTo(500);
	}

	@Test
	void interruptingTheCallerStopsTheRunWithNothingReturned() throws Exception {
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		AtomicReference<RobustnessResult> returned = new AtomicReference<>();
		Thread caller = new Thread(() -> {
			try {
				returned.set(RobustnessAnalysis.run(KENT_2026, TestRules.rules(), RobustnessRequest.of(1_000_000, 1), 2,
						(done, total) -> {
						}));
			}
			catch (Throwable ex) {
				thrown.set(ex);
			}
		});
		caller.start();
		Thread.sleep(300);
		caller.interrupt();
		caller.join(60_000);

		assertThat(caller.isAlive()).isFalse();
		assertThat(returned.get()).isNull();
		assertThat(thrown.get()).isInstanceOf(CancellationException.class).hasMessageContaining("of 1000000 samples");
	}

	@Test
	void aSampleIsTheSameWhicheverThreadDrawsIt() {
		assertThat(RobustnessAnalysis.generator(42, 7).nextLong()).isEqualTo(RobustnessAnalysis.generator(42, 7).nextLong());
		assertThat(RobustnessAnalysis.generator(42, 7).nextLong()).isNotEqualTo(RobustnessAnalysis.generator(42, 8).nextLong());
		assertThat(RobustnessAnalysis.generator(42, 7).nextLong()).isNotEqualTo(RobustnessAnalysis.generator(43, 7).nextLong());
	}

	@Test
	void everyItemOfTheScenarioIsReportedInTheStatedOrder() {
		RobustnessResult result = run(KENT_2026, 50, 1, 1, null);
		Assessment full = AssessmentEngine.assess(KENT_2026, TestRules.rules());

		assertThat(result.items()).extracting(ItemRobustness::id)
			.containsExactlyElementsOf(full.recommendations().stream().map(Recommendation::id).toList());
		assertThat(result.items()).extracting(ItemRobustness::baselineRank)
			.containsExactlyElementsOf(full.recommendations().stream().map(Recommendation::rank).toList());
	}

	@Test
	void aRequestForNoSamplesOrAbsurdlyManyIsRefusedBeforeAnythingRuns() {
		assertThatThrownBy(() -> RobustnessRequest.of(-5, 1)).hasMessageContaining("samples: -5 is not a sample count");
		assertThatThrownBy(() -> RobustnessRequest.of(0, 1)).hasMessageContaining("samples: 0 is not a sample count");
		assertThatThrownBy(() -> RobustnessRequest.of(2_000_000, 1))
			.hasMessageContaining("samples: 2000000 is more than the 1000000 samples a run may draw");
	}
}
