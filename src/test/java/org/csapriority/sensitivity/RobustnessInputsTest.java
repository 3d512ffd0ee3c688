package org.csapriority.sensitivity;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.Policy;
import org.csapriority.engine.RuleBase;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessResult.ItemRobustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** What a run may vary, read from the policy and the scoring scheme, and the clear refusals of what it cannot. */
class RobustnessInputsTest {

	private static final Path RIVERDALE = Path.of("scenarios/synthetic/riverdale-2025-26.yaml");

	private static final ScenarioLoader LOADER = new ScenarioLoader();

	/** The project's rules with the policy's robustness section replaced. */
	private static RuleBase withRobustness(String section) {
		Map<String, String> sources = new LinkedHashMap<>(TestRules.rules().sources());
		String key = sources.keySet().stream().filter(k -> k.endsWith("policy.yaml")).findFirst().orElseThrow();
		String policy = sources.get(key);
		int at = policy.indexOf("\nrobustness:");
		sources.put(key, policy.substring(0, at + 1) + section);
		return RuleBase.fromSources(sources);
	}

	/** The project's rules with one threshold changed, as a what-if changes it. */
	private static RuleBase withThreshold(String key, double value) {
		Policy p = TestRules.rules().policy();
		Map<String, Double> thresholds = new LinkedHashMap<>(p.thresholds());
		thresholds.put(key, value);
		return TestRules.rules().withPolicy(new Policy(thresholds, p.strengths(), p.standaloneLevels(), p.weights(),
				p.outcomePrecedence()));
	}

	/** Every declared range shrunk to its stated value. */
	private static String pointRanges(Policy policy) {
		StringBuilder yaml = new StringBuilder("robustness:\n  weights:\n");
		policy.weights().forEach((driver, w) -> yaml.append("    ").append(driver.id()).append(": [").append(w).append(", ")
			.append(w).append("]\n"));
		yaml.append("  thresholds:\n");
		for (String key : new String[] { "district.broad-share", "harm.high-score", "harm.low-score" }) {
			double t = policy.threshold(key);
			yaml.append("    ").append(key).append(": [").append(t).append(", ").append(t).append("]\n");
		}
		return yaml.append("  labels: {stable: 0.9, fragile: 0.4}\n").toString();
	}

	private static Scenario riverdaleWith(java.util.function.Consumer<ObjectNode> level) {
		JsonNode tree = LOADER.loadWithTree(RIVERDALE).tree().deepCopy();
		tree.path("scoringScheme").path("confidenceLevels").forEach(l -> level.accept((ObjectNode) l));
		return LOADER.fromTree("riverdale (edited)", tree);
	}

	@Test
	void withZeroWidthDistributionsEverySampleIsTheStatedWorld() {
		Scenario riverdale = riverdaleWith(level -> level.put("spread", 0));
		RuleBase rules = withRobustness(pointRanges(TestRules.rules().policy()));

		RobustnessResult result = RobustnessAnalysis.run(riverdale, rules, new RobustnessRequest(300, 8,
				EnumSet.of(Uncertainty.SCORES, Uncertainty.WEIGHTS, Uncertainty.THRESHOLDS)), 2, RobustnessAnalysis.Progress.NONE);

		assertThat(result.samplesMatchingBaseline()).isEqualTo(300);
		assertThat(result.kendallTau().shareIdentical()).isEqualTo(1.0);
		assertThat(result.kendallTau().min()).isEqualTo(1.0);
		for (ItemRobustness item : result.items()) {
			assertThat(item.baselineShare()).as(item.id()).isEqualTo(1.0);
			assertThat(item.rankAcceptability().get(item.baselineRank() - 1)).as(item.id()).isEqualTo(1.0);
			assertThat(item.rankLow()).isEqualTo(item.baselineRank());
			assertThat(item.rankHigh()).isEqualTo(item.baselineRank());
		}
		assertThat(result.tornado()).allSatisfy(t -> assertThat(t.bars()).isEmpty());
	}

	@Test
	void withTheStatedSpreadsTheScoresDoMoveTheRanking() {
		// the counterpart of the zero-width case: the same run with the scheme's own spreads is not all baseline
		RuleBase rules = withRobustness(pointRanges(TestRules.rules().policy()));
		RobustnessResult result = RobustnessAnalysis.run(LOADER.load(RIVERDALE), rules,
				new RobustnessRequest(300, 8, EnumSet.of(Uncertainty.SCORES)), 2, RobustnessAnalysis.Progress.NONE);

		assertThat(result.samplesMatchingBaseline()).isLessThan(300);
		assertThat(result.inputs()).extracting(RobustnessResult.VariedInput::source).containsOnly(Uncertainty.SCORES);
		assertThat(result.inputs()).anySatisfy(i -> assertThat(i.drawn()).contains("normal error, standard deviation 1.5"));
	}

	@Test
	void aConfidenceLevelWithNoDistributionIsNamed() {
		Scenario riverdale = riverdaleWith(level -> {
			if (level.path("id").asText().equals("low")) {
				level.remove("distribution");
			}
		});

		assertThatThrownBy(() -> RobustnessAnalysis.run(riverdale, TestRules.rules(), RobustnessRequest.of(10, 1), 1,
				RobustnessAnalysis.Progress.NONE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("scoringScheme.confidenceLevels[low].distribution: missing in scoring scheme morile-style-v1");
	}

	@Test
	void theSchemeRefusesADistributionItCannotDrawFrom() {
		JsonNode tree = LOADER.loadWithTree(RIVERDALE).tree().deepCopy();
		((ObjectNode) tree.path("scoringScheme").path("confidenceLevels").get(0)).put("distribution", "gaussian");

		assertThatThrownBy(() -> LOADER.fromTree("riverdale", tree)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("scoringScheme.confidenceLevels[high].distribution: 'gaussian' is not a distribution");
	}

	@Test
	void aWeightRangeThatDoesNotHoldTheWeightIsRefusedWithItsLine() {
		RuleBase rules = withRobustness("""
				robustness:
				  weights:
				    threat-risk-harm: [0.3, 0.4]
				  labels: {stable: 0.9, fragile: 0.4}
				""");

		assertThatThrownBy(() -> RobustnessPolicy.of(rules)).isInstanceOf(InvalidInputException.class)
			.hasMessageMatching("(?s).*policy\\.yaml:\\d+: robustness\\.weights\\.threat-risk-harm: the range uniform 0\\.3 to 0\\.4 "
					+ "does not hold the weight's own value 0\\.2.*");
	}

	@Test
	void weightRangesTooNarrowToAddUpToOneAreRefused() {
		RuleBase rules = withRobustness("""
				robustness:
				  weights:
				    community-safety-plans: [0.2999, 0.3001]
				    threat-risk-harm: [0.05, 0.6]
				  labels: {stable: 0.9, fragile: 0.4}
				""");

		assertThatThrownBy(() -> RobustnessPolicy.of(rules)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("robustness.weights: the ranges are too narrow to sample");
	}

	@Test
	void unknownNamesBackwardRangesAndMixedUpLabelsAreAllReported() {
		RuleBase rules = withRobustness("""
				robustness:
				  weights:
				    gut-feeling: [0.1, 0.2]
				  thresholds:
				    district.broad-share: [0.6, 0.4]
				    harm.very-high: [0.7, 0.9]
				    harm.low-score: 0.25
				  labels: {stable: 0.5, fragile: 0.7}
				""");

		assertThatThrownBy(() -> RobustnessPolicy.of(rules)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(p -> p.field()).containsExactlyInAnyOrder(
					"robustness.weights.gut-feeling", "robustness.thresholds.district.broad-share",
					"robustness.thresholds.harm.very-high", "robustness.thresholds.harm.low-score", "robustness.labels.fragile"))
			.hasMessageContaining("the low end 0.6 is above the high end 0.4")
			.hasMessageContaining("must be a range [low, high] of two numbers");
	}

	@Test
	void thresholdsThatMustKeepTheirOrderMayNotHaveOverlappingRanges() {
		RuleBase rules = withRobustness("""
				robustness:
				  thresholds:
				    district.low-share: [0.3, 0.45]
				    district.broad-share: [0.4, 0.6]
				  ordered:
				    - [district.low-share, district.broad-share]
				    - [district.broad-share, district.low-share]
				  labels: {stable: 0.9, fragile: 0.4}
				""");

		assertThatThrownBy(() -> RobustnessPolicy.of(rules)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("robustness.ordered[\"district.low-share\",\"district.broad-share\"]: the ranges overlap: "
					+ "district.low-share may be drawn up to 0.45 and district.broad-share down to 0.4")
			.hasMessageContaining("district.broad-share (0.5) is not below district.low-share (0.34) as stated");
	}

	@Test
	void aWhatIfThatMovesAThresholdMovesItsRangeAndKeepsOrderedPairsApart() {
		RuleBase rules = TestRules.rules();
		RuleBase moved = withThreshold("district.broad-share", 0.44);

		RobustnessPolicy ranges = RobustnessPolicy.of(moved);

		// declared [0.42, 0.58] around 0.5, so [0.36, 0.52] around 0.44; low-share's [0.26, 0.42] then overlaps it,
		// and the two stop halfway between their values, (0.34 + 0.44) / 2
		assertThat(ranges.thresholds().get("district.broad-share").low()).isCloseTo(0.39, within(1e-9));
		assertThat(ranges.thresholds().get("district.broad-share").high()).isCloseTo(0.52, within(1e-9));
		assertThat(ranges.thresholds().get("district.low-share").high()).isCloseTo(0.39, within(1e-9));
		assertThat(ranges.thresholds().get("harm.high-score")).isEqualTo(RobustnessPolicy.of(rules).thresholds().get("harm.high-score"));

		RobustnessResult stated = RobustnessAnalysis.run(TestRules.scenario("kent-2026-27.yaml"), rules,
				new RobustnessRequest(300, 4, EnumSet.of(Uncertainty.THRESHOLDS)), 2, RobustnessAnalysis.Progress.NONE);
		RobustnessResult changed = RobustnessAnalysis.run(TestRules.scenario("kent-2026-27.yaml"), moved,
				new RobustnessRequest(300, 4, EnumSet.of(Uncertainty.THRESHOLDS)), 2, RobustnessAnalysis.Progress.NONE);
		assertThat(changed.item("exploitation").baselineShare()).isGreaterThan(stated.item("exploitation").baselineShare());
	}

	@Test
	void aWhatIfThatTurnsAnOrderedPairRoundCannotBeSampled() {
		RuleBase turned = withThreshold("district.low-share", 0.6);

		assertThatThrownBy(() -> RobustnessPolicy.of(turned)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("what-if changes: thresholds.district.low-share: the run has district.low-share at 0.6, "
					+ "not below district.broad-share at 0.5");
	}

	@Test
	void oneRangedWeightAmongFixedOnesIsRefusedAsUnableToMove() {
		RuleBase rules = withRobustness("""
				robustness:
				  weights:
				    threat-risk-harm: [0.10, 0.30]
				  labels: {stable: 0.9, fragile: 0.4}
				""");

		assertThatThrownBy(() -> RobustnessPolicy.of(rules)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("robustness.weights: only threat-risk-harm has a range");
	}

	@Test
	void seedsBeyondWhatJsonReadsExactlyAreRefused() {
		assertThatThrownBy(() -> RobustnessRequest.of(10, 1L << 60)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("seed: 1152921504606846976 is beyond the seeds a run takes");
		assertThat(RobustnessRequest.of(10, RobustnessRequest.MAX_SEED).seed()).isEqualTo(RobustnessRequest.MAX_SEED);
		for (int i = 0; i < 100; i++) {
			assertThat(Math.abs(RobustnessRequest.newSeed())).isLessThanOrEqualTo(RobustnessRequest.MAX_SEED);
		}
	}

	@Test
	void aPolicyWithNoRobustnessSectionSaysWhatIsMissing() {
		Map<String, String> sources = new LinkedHashMap<>(TestRules.rules().sources());
		String key = sources.keySet().stream().filter(k -> k.endsWith("policy.yaml")).findFirst().orElseThrow();
		sources.put(key, sources.get(key).substring(0, sources.get(key).indexOf("\nrobustness:")));
		RuleBase rules = RuleBase.fromSources(sources);

		assertThatThrownBy(() -> RobustnessAnalysis.run(TestRules.scenario("kent-2026-27.yaml"), rules,
				RobustnessRequest.of(10, 1), 1, RobustnessAnalysis.Progress.NONE))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("policy.yaml: robustness: missing");
	}

	@Test
	void drawnWeightsStayInTheirRangesAndAddUpToOne() {
		Policy policy = TestRules.rules().policy();
		RobustnessPolicy ranges = RobustnessPolicy.of(TestRules.rules());
		WeightDraw draw = new WeightDraw(policy, ranges.weights());
		for (int i = 0; i < 500; i++) {
			Map<DriverType, Double> w = draw.draw(RobustnessAnalysis.generator(3, i));
			assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
					org.assertj.core.data.Offset.offset(1e-9));
			ranges.weights().forEach((driver, range) -> assertThat(range.contains(w.get(driver))).as(driver.id()).isTrue());
		}
	}

	@Test
	void theLabelsFollowTheStatedShares() {
		RobustnessResult.LabelRule rule = new RobustnessResult.LabelRule(0.9, 0.4);

		assertThat(Results.label(0.9, rule)).isEqualTo(RobustnessResult.Label.STABLE);
		assertThat(Results.label(0.8999, rule)).isEqualTo(RobustnessResult.Label.CONTESTED);
		assertThat(Results.label(0.4, rule)).isEqualTo(RobustnessResult.Label.CONTESTED);
		assertThat(Results.label(0.3999, rule)).isEqualTo(RobustnessResult.Label.FRAGILE);
	}
}
