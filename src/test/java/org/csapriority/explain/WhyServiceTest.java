package org.csapriority.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Policy;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.explain.Trials.Trial;
import org.csapriority.explain.Why.Condition;
import org.csapriority.explain.Why.Flip;
import org.csapriority.scenario.Area;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.PlanPriority;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.WhatIfService;

/**
 * Why and why not, checked against the engine itself: every flip reported is re-run as a user would run it and must
 * move the item; no change earlier in the size order may move it; a shortfall is the distance to the policy's
 * threshold, counted from the scenario's own evidence; an item no single change moves says so, and is re-run to
 * prove it.
 */
class WhyServiceTest {

	private static final Path SYNTHETIC = Path.of("scenarios", "synthetic", "riverdale-2025-26.yaml");

	private static final Path KENT = Path.of("scenarios", "kent-2022-23.yaml");

	/** A built county of four districts: one problem with two routes into the agreement, one named by a single district. */
	private static final Path TWO_ROUTES = Path.of("src", "test", "resources", "explain", "two-routes.yaml");

	private static final ScenarioLoader LOADER = new ScenarioLoader();

	private static final WhatIfService WHAT_IF = new WhatIfService(LOADER);

	private static final WhyService WHY = new WhyService(WHAT_IF);

	private static final Map<Path, Case> CASES = new HashMap<>();

	private static final WhyService.Search NO_SEARCH = new WhyService.Search(0, 0, 0);

	private record Case(Path file, ScenarioLoader.Loaded loaded, RuleBase rules, Assessment assessment,
			Map<String, Why> answers) {

		Scenario scenario() {
			return loaded.scenario();
		}

		/** Each item's account is worked out once per test run: the search is the slow part. */
		Why why(String item) {
			synchronized (answers) {
				return answers.computeIfAbsent(item, i -> WHY.why(scenario(), loaded.tree(), rules, assessment, i));
			}
		}

		/** The account without the search for a flip, for what does not depend on it. */
		Why withoutSearch(String item) {
			return WHY.why(scenario(), loaded.tree(), rules, assessment, item, NO_SEARCH);
		}

		Recommendation item(String id) {
			return assessment.recommendation(id);
		}
	}

	private static synchronized Case load(Path file) {
		return CASES.computeIfAbsent(file, f -> {
			ScenarioLoader.Loaded loaded = LOADER.loadWithTree(f);
			return new Case(f, loaded, TestRules.rules(), AssessmentEngine.assess(loaded.scenario(), TestRules.rules()),
					new HashMap<>());
		});
	}

	/** The item after the changes, run as ./csa whatif runs them: parsed from their JSON and applied to the file. */
	private static Recommendation rerun(Case c, List<JsonNode> changes, String itemId) {
		ArrayNode list = JsonNodeFactory.instance.arrayNode().addAll(changes);
		List<ScenarioChange> parsed = WHAT_IF.parseChanges(list, "test");
		return WHAT_IF.run(c.file(), parsed, c.rules()).variant().recommendation(itemId);
	}

	/** The item after one change, or null when the scenario cannot take it (as the search skips it). */
	private static Recommendation rerun(Case c, ScenarioChange change, String itemId) {
		try {
			return WHAT_IF.run(c.file(), List.of(change), c.rules()).variant().recommendation(itemId);
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	@Test
	void everyFlipReportedOnTheSyntheticCountyMovesItsItemWhenTheWhatIfServiceAppliesIt() {
		Case c = load(SYNTHETIC);
		int flipped = 0;
		for (Recommendation item : c.assessment().recommendations()) {
			Why why = c.why(item.id());
			List<Flip> flips = new ArrayList<>(why.flips().nearest());
			if (why.flips().smallest() != null) {
				flips.add(0, why.flips().smallest());
				flipped++;
			}
			for (Flip flip : flips) {
				Recommendation after = rerun(c, flip.changes(), item.id());
				assertThat(after.outcome()).as(item.id() + " after " + flip.lines()).isNotEqualTo(item.outcome());
				assertThat(after.outcome().id()).isEqualTo(flip.outcome());
				assertThat(flip.decidedBy()).isNotEmpty();
				assertThat(after.justifications().get(0).ruleId()).isEqualTo(flip.decidedBy().get(0).ruleId());
			}
		}
		assertThat(flipped).as("items with a flip").isGreaterThan(c.assessment().recommendations().size() / 2);
	}

	@Test
	void noChangeBeforeTheSmallestFlipInTheSizeOrderMovesTheItem() {
		Case c = load(SYNTHETIC);
		int checked = 0;
		for (Recommendation item : c.assessment().recommendations()) {
			Flip smallest = c.why(item.id()).flips().smallest();
			if (smallest == null || smallest.changes().size() != 1) {
				continue;
			}
			List<Trial> trials = Trials.of(c.scenario(), c.loaded().tree(), c.rules().policy(), item.id());
			assertThat(trials).isSortedAccordingTo(java.util.Comparator.comparingInt(Trial::size));
			int at = indexOf(trials, smallest.changes().get(0));
			assertThat(at).as("the flip of " + item.id() + " is among the changes tried").isNotNegative();
			assertThat(trials.get(at).size()).isEqualTo(smallest.size());
			for (Trial earlier : trials.subList(0, at)) {
				Recommendation after = rerun(c, earlier.change(), item.id());
				if (after != null) {
					assertThat(after.outcome()).as(item.id() + " after " + earlier.change().describe()).isEqualTo(item.outcome());
					checked++;
				}
			}
		}
		assertThat(checked).as("changes smaller than a flip, re-run").isGreaterThan(50);
	}

	@Test
	void theShortfallOfBroadIdentificationIsTheDistanceToThePolicyShareCountedInDistricts() {
		Case c = load(TWO_ROUTES);
		for (double share : new double[] { 0.5, 0.75 }) {
			RuleBase rules = c.rules().withPolicy(withThreshold(c.rules().policy(), "district.broad-share", share));
			Assessment assessment = AssessmentEngine.assess(c.scenario(), rules);
			for (Recommendation item : assessment.recommendations()) {
				if (item.outcome().isSelected()) {
					continue;
				}
				Why why = WHY.why(c.scenario(), c.loaded().tree(), rules, assessment, item.id(), NO_SEARCH);
				Condition broad = conditions(why.whyNot()).filter(k -> "district.broad-share".equals(k.policyKey()))
					.findFirst().orElseThrow();
				int districts = c.scenario().districts().size();
				long own = ownRight(c.scenario(), item.id());
				long needed = (long) Math.ceil(share * districts - 1e-9);
				assertThat(broad.met()).isFalse();
				assertThat(broad.threshold()).isEqualTo(share);
				assertThat(broad.value()).isCloseTo(own / (double) districts, org.assertj.core.data.Offset.offset(1e-9));
				assertThat(broad.gap()).isEqualTo((needed - own) + (needed - own == 1 ? " district" : " districts") + " short");
				assertThat(broad.text()).contains(own + " of " + districts);
			}
		}
	}

	@Test
	void aFailedConditionOnKentIsCountedFromThePublishedCountOfItsRow() {
		Case c = load(KENT);
		Policy policy = c.rules().policy();
		double share = policy.threshold("district.broad-share");
		int checked = 0;
		for (Recommendation item : c.assessment().recommendations()) {
			if (item.outcome().isSelected()) {
				continue;
			}
			IdentificationCount row = countRow(c.scenario(), item.id());
			Condition broad = conditions(c.withoutSearch(item.id()).whyNot()).filter(k -> "district.broad-share".equals(k.policyKey()))
				.findFirst().orElse(null);
			if (row == null || broad == null) {
				continue;
			}
			long needed = (long) Math.ceil(share * row.of() - 1e-9);
			assertThat(broad.text()).contains(row.count() + " of " + row.of());
			assertThat(broad.gap()).startsWith((needed - row.count()) + " district");
			checked++;
		}
		assertThat(checked).isPositive();
	}

	@Test
	void anItemNoSingleChangeMovesSaysSoAndEveryChangeTriedLeavesItWhereItIs() {
		Case c = load(TWO_ROUTES);
		Recommendation item = c.assessment().recommendations().stream().filter(r -> r.outcome().isSelected()).findFirst()
			.orElseThrow();
		Why why = c.why(item.id());
		assertThat(why.flips().robust()).isTrue();
		assertThat(why.flips().summary()).startsWith("Robust to every single change tried: " + why.flips().tried() + " changes");
		assertThat(why.decidedBy()).hasSizeGreaterThan(1);
		List<Trial> trials = Trials.of(c.scenario(), c.loaded().tree(), c.rules().policy(), item.id());
		int rerun = 0;
		for (Trial trial : trials.subList(0, Math.min(trials.size(), WhyService.Search.DEFAULT.singles()))) {
			Recommendation after = rerun(c, trial.change(), item.id());
			if (after != null) {
				assertThat(after.outcome()).as(trial.change().describe()).isEqualTo(item.outcome());
				rerun++;
			}
		}
		assertThat(rerun).isEqualTo(why.flips().tried());
		// each near miss takes away a deciding rule, and another still decides
		List<String> deciding = why.decidedBy().stream().map(Why.RuleRef::ruleId).toList();
		assertThat(why.flips().nearMisses()).isNotEmpty().allSatisfy(miss -> {
			assertThat(deciding).containsAll(miss.lost());
			assertThat(miss.stillDecidedBy()).isNotEmpty().doesNotContainAnyElementsOf(miss.lost());
		});
		// a pair can still move it, and then it does
		Flip pair = why.flips().smallest();
		assertThat(pair).isNotNull();
		assertThat(pair.changes()).hasSize(2);
		assertThat(rerun(c, pair.changes(), item.id()).outcome()).isNotEqualTo(item.outcome());
	}

	@Test
	void kentRoadSafetysSmallestFlipTakesAwayThePlanOrTheCountyLeadAndMovesItWhenReassessed() {
		Case c = load(KENT);
		Why why = c.why("Road Safety");
		Recommendation item = c.item(why.item());
		Flip smallest = why.flips().smallest();
		assertThat(smallest).isNotNull();
		List<String> planPriorities = c.scenario().policeAndCrimePlan().priorities().stream()
			.filter(p -> p.issues().stream().anyMatch(issuesOf(c.scenario(), item.id())::contains)).map(PlanPriority::id).toList();
		assertThat(planPriorities).isNotEmpty();
		assertThat(smallest.changes()).anySatisfy(change -> assertThat(
				"unlink-plan".equals(change.path("op").asText()) && planPriorities.contains(change.path("priority").asText())
						|| change.path("operations").path(0).path("path").asText().startsWith("/countyArrangements/"))
			.as("takes away the plan or the county lead: " + change).isTrue());
		assertThat(rerun(c, smallest.changes(), item.id()).outcome()).isNotEqualTo(item.outcome());
	}

	@Test
	void kentMentalHealthGetsAFlipThatMovesItWhenReassessed() {
		Case c = load(KENT);
		Why why = c.why("Mental Health");
		Recommendation item = c.item(why.item());
		assertThat(why.selected()).isTrue();
		Flip smallest = why.flips().smallest();
		assertThat(smallest).isNotNull();
		Recommendation after = rerun(c, smallest.changes(), item.id());
		assertThat(after.outcome()).isNotEqualTo(item.outcome());
		assertThat(after.outcome().id()).isEqualTo(smallest.outcome());
		assertThat(smallest.sentence()).startsWith(item.name() + " would ");
	}

	@Test
	void everyRuleFiredCarriesTheVersionOfItsFileAsTheRulesWereCompiledAndEveryPieceOfEvidence() {
		Case c = load(KENT);
		for (Recommendation item : c.assessment().recommendations()) {
			Why why = c.withoutSearch(item.id());
			assertThat(why.rulesFired()).hasSameSizeAs(item.justifications()).allSatisfy(rule -> {
				assertThat(rule.fileVersion()).hasSize(RuleModel.SHORT_HASH);
				assertThat(c.rules().fileHashes().get(rule.file())).startsWith(rule.fileVersion());
			});
			long evidence = item.justifications().stream().flatMap(j -> j.evidence().stream())
				.map(e -> e.id() + "|" + e.cite() + "|" + e.summary()).distinct().count();
			assertThat(why.evidence()).hasSize((int) evidence).allSatisfy(e -> assertThat(e.source()).isNotBlank());
			double points = why.scoreBreakdown().stream().mapToDouble(p -> p.points()).sum();
			assertThat(points).isCloseTo(why.score(), org.assertj.core.data.Offset.offset(0.002));
		}
	}

	@Test
	void anAssessmentThatIsNotTheScenariosUnderTheRulesIsRefusedAndAnUnknownItemNamed() {
		Case c = load(TWO_ROUTES);
		RuleBase strict = c.rules().withPolicy(withThreshold(c.rules().policy(), "district.broad-share", 0.25));
		String moved = c.assessment().recommendations().stream()
			.filter(r -> AssessmentEngine.assess(c.scenario(), strict).recommendation(r.id()).outcome() != r.outcome())
			.map(Recommendation::id).findFirst().orElseThrow();
		assertThatThrownBy(() -> WHY.why(c.scenario(), c.loaded().tree(), strict, c.assessment(), moved))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining(moved);
		assertThatThrownBy(() -> c.why("no-such-item")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'no-such-item'");
	}

	// ---- helpers ---------------------------------------------------------------------------------------------

	private static Policy withThreshold(Policy policy, String key, double value) {
		Map<String, Double> thresholds = new HashMap<>(policy.thresholds());
		thresholds.put(key, value);
		return new Policy(thresholds, policy.strengths(), policy.standaloneLevels(), policy.weights(), policy.outcomePrecedence());
	}

	private static Stream<Condition> conditions(List<Why.Route> routes) {
		return routes.stream().flatMap(r -> r.conditions().stream()).flatMap(WhyServiceTest::flatten);
	}

	private static Stream<Condition> flatten(Condition c) {
		return Stream.concat(Stream.of(c), c.because().stream().flatMap(WhyServiceTest::flatten));
	}

	private static int indexOf(List<Trial> trials, JsonNode change) {
		for (int i = 0; i < trials.size(); i++) {
			if (FlipSearch.JSON.valueToTree(trials.get(i).change()).equals(change)) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> issuesOf(Scenario scenario, String itemId) {
		return Stream.concat(scenario.taxonomy().priorityAreas().stream(), scenario.taxonomy().crossCuttingThemes().stream())
			.filter(a -> a.id().equals(itemId)).findFirst().map(Area::issues).orElseThrow();
	}

	/** How many districts name the item in their own right, read from the per-district returns. */
	private static long ownRight(Scenario scenario, String itemId) {
		List<String> issues = issuesOf(scenario, itemId);
		Policy policy = TestRules.rules().policy();
		return scenario.districtAssessments().perDistrict().stream().map(DistrictAssessment::named)
			.filter(named -> named.stream().anyMatch(n -> issues.contains(n.issue()) && policy.standaloneLevels().contains(n.level())))
			.count();
	}

	/** The published count row that lists the item's issue under its own heading, if exactly one does. */
	private static IdentificationCount countRow(Scenario scenario, String itemId) {
		List<String> issues = issuesOf(scenario, itemId);
		List<IdentificationCount> rows = scenario.districtAssessments().counts().stream()
			.filter(row -> row.issues().stream().anyMatch(issues::contains)).toList();
		return rows.size() == 1 ? rows.get(0) : null;
	}
}
