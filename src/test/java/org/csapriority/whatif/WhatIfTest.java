package org.csapriority.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.csapriority.TestRules;
import org.csapriority.engine.DriverScore;
import org.csapriority.engine.Justification;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.scenario.StatutoryDuty;

/**
 * What-ifs on the project's real scenarios and rules. Expectations are read from the scenario (its counts,
 * bands, scheme, duties) and from the engine's own two assessments; the diff must agree with them, and the
 * baseline files must be byte-for-byte unchanged after every run.
 */
class WhatIfTest {

	private static final String KENT_2022 = "kent-2022-23.yaml";

	private static final String KENT_2026 = "kent-2026-27.yaml";

	private static final String RIVERDALE = "synthetic/riverdale-2025-26.yaml";

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private final ScenarioLoader loader = new ScenarioLoader();

	private final WhatIfService service = new WhatIfService(loader);

	// ---- district evidence ---------------------------------------------------------------------------------

	@Test
	void loweringTheDistrictsNamingAnIssueBelowTheBroadShareStopsTheRuleAndTheDiffNamesIt() {
		JsonNode row = row(KENT_2022, "/districtAssessments/counts", "mental-health");
		int of = row.path("of").asInt();
		int below = (int) Math.ceil(TestRules.rules().policy().threshold("district.broad-share") * of) - 1;
		assertThat(row.path("count").asInt()).as("the published count is above the broad share").isGreaterThan(below);

		WhatIfResult r = whatIf(KENT_2022, "[{op: set-count, issue: mental-health, count: " + below + "}]");

		Recommendation before = r.baseline().recommendation("mental-health");
		Recommendation after = r.variant().recommendation("mental-health");
		Set<String> stopped = new HashSet<>(ruleIds(before));
		stopped.removeAll(ruleIds(after));
		Set<String> stoppedDeciding = deciding(before).stream().filter(stopped::contains).collect(Collectors.toSet());
		assertThat(stoppedDeciding).as("a rule that decided the item stops firing").isNotEmpty();
		ItemDiff item = item(r, "mental-health");
		assertThat(item.disappeared()).extracting(JustificationChange::ruleId).containsAll(stopped);
		assertThat(item.outcomeBefore()).isEqualTo(before.outcome().label());
		assertThat(item.outcomeAfter()).isEqualTo(after.outcome().label());
		assertThat(r.diff().summary()).anySatisfy(line -> assertThat(line).startsWith(before.name())
			.contains(stoppedDeciding.iterator().next() + " no longer fires"));
		assertThat(r.changes()).singleElement().asString().contains(below + " of " + of, "was " + row.path("count").asInt());
	}

	@Test
	void raisingTheDistrictsNamingAnItemWithinAnotherMovesItOutAndTheDiffNamesTheRuleThatNowFires() {
		JsonNode row = row(KENT_2022, "/districtAssessments/counts", "young-people");
		WhatIfResult r = whatIf(KENT_2022, "[{op: set-count, issue: young-people, count: " + row.path("of").asInt() + "}]");

		Recommendation before = r.baseline().recommendation("young-people");
		Recommendation after = r.variant().recommendation("young-people");
		assertThat(after.outcome()).isNotEqualTo(before.outcome());
		ItemDiff item = item(r, "young-people");
		assertThat(item.outcomeChanged()).isTrue();
		assertThat(item.withinBefore()).isEqualTo(before.within());
		assertThat(item.withinAfter()).isEqualTo(after.within());
		assertThat(r.diff().moved().get(0).id()).as("the item that changed outcome comes first").isEqualTo("young-people");
		String fires = deciding(after).stream().filter(id -> !ruleIds(before).contains(id)).findFirst().orElseThrow();
		assertThat(item.summary()).startsWith(before.name() + " moves from " + (before.within() == null ? "" : "within " + before.within()))
			.contains(fires + " now fires: ");
	}

	@Test
	void aSmallerPublishedBandTakesItsItemsOutOfTheAimsThatListedThem() {
		JsonNode row = row(KENT_2026, "/districtAssessments/bands", "hate-crime");
		String smallest = smallestBand(KENT_2026);
		assertThat(row.path("band").asText()).isNotEqualTo(smallest);

		WhatIfResult r = whatIf(KENT_2026, "[{op: set-band, issue: hate-crime, band: " + smallest + "}]");

		Recommendation before = r.baseline().recommendation("hate-crime");
		Recommendation after = r.variant().recommendation("hate-crime");
		assertThat(after.outcome()).isNotEqualTo(before.outcome());
		for (String aimId : before.aims()) {
			AimDiff aim = r.diff().aims().stream().filter(a -> a.id().equals(aimId)).findFirst().orElseThrow();
			assertThat(aim.focusRemoved()).contains(before.name());
		}
		assertThat(r.diff().summary()).anySatisfy(line -> assertThat(line).startsWith("Aim ").contains("loses focus area")
			.contains(before.name()));
	}

	@Test
	void aDistrictNamingAnIssueInItsOwnRightIsReadAsOneMoreDistrict() {
		Scenario riverdale = TestRules.scenario(RIVERDALE);
		String district = riverdale.districtAssessments().perDistrict().stream()
			.filter(a -> a.named().stream().noneMatch(n -> n.issue().equals("knife-carrying"))).findFirst().orElseThrow()
			.district();

		WhatIfResult r = whatIf(RIVERDALE, "[{op: set-district-level, district: " + district
				+ ", issue: knife-carrying, level: main-priority}]");

		ItemDiff item = item(r, "knife-carrying");
		assertThat(item.appeared()).anySatisfy(j -> assertThat(j.sentence()).contains("in its own right"));
		assertThat(sentences(r.variant().recommendation("knife-carrying")))
			.anySatisfy(s -> assertThat(s).contains(countNaming(riverdale, "knife-carrying") + 1 + " of "));
	}

	// ---- threat, risk and harm ---------------------------------------------------------------------------------

	@Test
	void raisingAHarmScoreOnTheSyntheticCountyMovesTheItemAndTheDiffSaysWhy() {
		JsonNode tree = loader.mergedTree(Path.of("scenarios", RIVERDALE));
		StringBuilder changes = new StringBuilder("[");
		for (JsonNode dimension : tree.at("/scoringScheme/harmDimensions")) {
			changes.append("{op: set-harm, issue: metal-heritage-theft, dimension: ").append(dimension.path("id").asText())
				.append(", value: ").append(dimension.path("max").asInt()).append("},");
		}
		changes.append("{op: set-likelihood, issue: metal-heritage-theft, value: ")
			.append(tree.at("/scoringScheme/likelihood/max").asInt()).append("}]");

		WhatIfResult r = whatIf(RIVERDALE, changes.toString());

		Recommendation before = r.baseline().recommendation("metal-heritage-theft");
		Recommendation after = r.variant().recommendation("metal-heritage-theft");
		assertThat(after.outcome()).isNotEqualTo(before.outcome());
		assertThat(after.score()).isGreaterThan(before.score());
		ItemDiff item = item(r, "metal-heritage-theft");
		assertThat(item.scoreAfter()).isEqualTo(after.score());
		assertThat(item.appeared()).extracting(JustificationChange::ruleId).containsAll(deciding(after));
		assertThat(item.summary()).contains("moves from", "now fires");
		if (after.outcome().isSelected()) {
			assertThat(r.diff().aims()).anySatisfy(aim -> assertThat(aim.focusAdded()).contains(after.name()));
		}
	}

	@Test
	void aRankOrderScenarioHasNoScoresToChangeAndSaysSo() {
		assertProblem(KENT_2022, "[{op: set-harm, issue: fraud, dimension: physical, value: 3}]", "changes[0].issue",
				"'fraud' has no threat/risk/harm score", "rank order");
	}

	// ---- policy ---------------------------------------------------------------------------------------------------

	@Test
	void aWeightChangeReordersRanksWithoutChangingAnyOutcomeAndKeepsTheWeightsSummingToOne() {
		WhatIfResult r = whatIf(KENT_2022, "[{op: set-weight, driver: community-safety-plans, value: 0.9}]");

		assertThat(r.diff().items()).allSatisfy(item -> assertThat(item.outcomeChanged()).isFalse());
		assertThat(r.diff().moved()).isNotEmpty().allSatisfy(item -> assertThat(item.rankAfter()).isNotEqualTo(item.rankBefore()));
		List<DriverScore> weights = r.variant().recommendations().get(0).scoreBreakdown();
		assertThat(weights.stream().mapToDouble(DriverScore::weight).sum()).isCloseTo(1.0, within(0.001));
		assertThat(weight(weights, DriverType.COMMUNITY_SAFETY_PLANS)).isEqualTo(0.9);
		double before = TestRules.rules().policy().weight(DriverType.THREAT_RISK_HARM)
				/ TestRules.rules().policy().weight(DriverType.STATUTORY_DUTY);
		assertThat(weight(weights, DriverType.THREAT_RISK_HARM) / weight(weights, DriverType.STATUTORY_DUTY))
			.as("the other weights keep their proportions").isCloseTo(before, within(0.01));
		assertThat(r.variant().ruleFiles()).anySatisfy((file, hash) -> assertThat(hash).startsWith("changed from "));
	}

	@Test
	void aThresholdChangeIsReadByTheRulesWithoutRecompilingThem() {
		RuleBase rules = TestRules.rules();
		WhatIfResult r = whatIf(KENT_2022, "[{op: set-threshold, key: district.broad-share, value: 1.0}]");

		assertThat(r.diff().summary()).anySatisfy(line -> assertThat(line).contains("DEC-001 no longer fires"));
		assertThat(r.variant().recommendations().stream().filter(rec -> ruleIds(rec).contains("SA-001")).count())
			.as("fewer items broadly identified").isLessThan(
					r.baseline().recommendations().stream().filter(rec -> ruleIds(rec).contains("SA-001")).count());
		assertThat(rules.withPolicy(rules.policy()).kieBase()).isSameAs(rules.kieBase());
		assertThat(rules.policy().threshold("district.broad-share")).as("the shared rule base is untouched").isLessThan(1.0);
	}

	// ---- duties, plan, horizon scanning, framework ----------------------------------------------------------------

	@Test
	void bringingAnUpcomingDutyIntoForceAddsAStatutoryJustificationToEveryItemItCovers() {
		Scenario kent = TestRules.scenario(KENT_2022);
		StatutoryDuty duty = kent.statutoryDuties().stream().filter(d -> d.bearer().name().equals("PARTNERSHIP")
				&& d.knownOn(kent.effectiveFrom()) && !d.inForceOn(kent.effectiveFrom())).findFirst().orElseThrow();

		WhatIfResult r = whatIf(KENT_2022, "[{op: set-duty-in-force, duty: " + duty.id() + "}]");

		List<Recommendation> covered = r.variant().recommendations().stream()
			.filter(rec -> kent.taxonomy().priorityAreas().stream().anyMatch(a -> a.id().equals(rec.id())
					&& a.issues().stream().anyMatch(duty.issues()::contains)))
			.toList();
		assertThat(covered).isNotEmpty();
		for (Recommendation rec : covered) {
			Justification added = rec.justifications().stream().filter(j -> j.driver() == DriverType.STATUTORY_DUTY
					&& j.supportive() && j.sentence().startsWith(duty.citation() + ":")).findFirst().orElseThrow();
			assertThat(item(r, rec.id()).appeared()).contains(new JustificationChange(added.ruleId(), added.rule(), added.sentence()));
			assertThat(item(r, rec.id()).disappeared()).anySatisfy(j -> assertThat(j.sentence()).contains("not yet in force"));
		}
		assertThat(r.changes()).singleElement().asString().contains(duty.id(), "in force from " + kent.effectiveFrom());
	}

	@Test
	void changesAreCheckedAgainstTheScenarioAsTheEarlierChangesLeftIt() {
		WhatIfResult r = whatIf(KENT_2022, """
				- {op: add-horizon, item: {id: hs-whatif, category: political, kind: national-strategy, text: A strategy, issues: [fraud]}}
				- {op: remove-horizon, id: hs-whatif}
				""");
		assertThat(r.changes()).hasSize(2);
		assertThat(r.diff().summary()).isEmpty();
		assertThat(r.diff().moved()).isEmpty();
	}

	@Test
	void anAddedHorizonItemCitesTheWhatIfAsItsSource() {
		WhatIfResult r = whatIf(KENT_2022, "[{op: add-horizon, item: {id: hs-whatif, category: political, kind: national-strategy,"
				+ " text: A national fraud strategy, issues: [fraud]}}]");
		Recommendation holding = r.variant().recommendations().stream()
			.filter(rec -> rec.justifications().stream().anyMatch(j -> j.sentence().contains("A national fraud strategy")))
			.findFirst().orElseThrow();
		Justification step = holding.justifications().stream().filter(j -> j.sentence().contains("A national fraud strategy"))
			.findFirst().orElseThrow();
		assertThat(step.evidence()).singleElement().satisfies(e -> assertThat(e.cite()).isEqualTo("what-if changes[0]"));
		assertThat(item(r, holding.id()).appeared()).extracting(JustificationChange::ruleId).contains(step.ruleId());
	}

	@Test
	void unlinkingAPlanPriorityIsTheSameAsTheExampleVariant() {
		WhatIfResult typed = whatIf(KENT_2022, "[{op: unlink-plan, priority: pcp-vawg, issue: vawg}]");
		WhatIfResult variant = service.runVariant(Path.of("scenarios/variants/kent-2022-23-plan-silent-on-vawg.yaml"),
				Path.of("scenarios"), TestRules.rules());
		assertThat(variant.diff()).isEqualTo(typed.diff());
		assertThat(variant.diff().moved()).anySatisfy(item -> assertThat(item.outcomeChanged()).isTrue());
	}

	@Test
	void aFrameworkChangeReportsTheAimsThatGoAway() {
		WhatIfResult r = whatIf(KENT_2026, "[{op: set-framework, framework: priorities}]");
		assertThat(r.variant().aims()).isEmpty();
		assertThat(r.diff().aims()).hasSameSizeAs(r.baseline().aims())
			.allSatisfy(aim -> assertThat(aim.focusRemoved()).isNotEmpty());
	}

	// ---- raw patches ------------------------------------------------------------------------------------------------

	@Test
	void aRawPatchGivesTheSameAnswerAsTheTypedChange() {
		JsonNode counts = loader.mergedTree(Path.of("scenarios", KENT_2022)).at("/districtAssessments/counts");
		int index = 0;
		while (!counts.get(index).path("issues").toString().contains("\"young-people\"")) {
			index++;
		}
		WhatIfResult typed = whatIf(KENT_2022, "[{op: set-count, issue: young-people, count: 9}]");
		WhatIfResult patched = whatIf(KENT_2022, "[{op: patch, operations: [{op: replace, path: /districtAssessments/counts/"
				+ index + "/count, value: 9}]}]");
		assertThat(patched.variant().recommendations()).isEqualTo(typed.variant().recommendations());
		assertThat(patched.diff()).isEqualTo(typed.diff());
	}

	@Test
	void aPatchThatBreaksTheScenarioIsRejectedByTheScenarioValidator() {
		assertThatThrownBy(() -> whatIf(KENT_2022, "[{op: patch, operations: [{op: replace, path: /districtAssessments/counts/0/count, value: 40}]}]"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("with what-if changes")
			.hasMessageContaining("40 is outside 0..12");
	}

	// ---- empty and identical -------------------------------------------------------------------------------------

	@Test
	void anEmptyChangeListGivesAnEmptyDiff() {
		for (String file : List.of(KENT_2022, KENT_2026, RIVERDALE)) {
			WhatIfResult r = whatIf(file, "[]");
			assertThat(r.changes()).isEmpty();
			assertThat(r.diff().summary()).isEmpty();
			assertThat(r.diff().moved()).isEmpty();
			assertThat(r.diff().aims()).isEmpty();
			assertThat(r.diff().items()).hasSameSizeAs(r.baseline().recommendations())
				.allSatisfy(item -> assertThat(item.appeared()).isEmpty())
				.allSatisfy(item -> assertThat(item.disappeared()).isEmpty());
		}
	}

	@Test
	void diffOfTwoYearsShowsItemsThatAppearAndDisappear() {
		WhatIfResult r = service.diff(Path.of("scenarios", KENT_2022), Path.of("scenarios", KENT_2026), TestRules.rules());
		Set<String> only2022 = ids(r.baseline().recommendations());
		only2022.removeAll(ids(r.variant().recommendations()));
		assertThat(only2022).isNotEmpty();
		for (String id : only2022) {
			assertThat(item(r, id).outcomeAfter()).isNull();
			assertThat(item(r, id).summary()).contains("is no longer assessed");
		}
		assertThat(r.diff().aims()).hasSameSizeAs(r.variant().aims());
		assertThat(service.diff(Path.of("scenarios", KENT_2022), Path.of("scenarios", KENT_2022), TestRules.rules())
			.diff().summary()).isEmpty();
	}

	// ---- bad changes -------------------------------------------------------------------------------------------------

	static Stream<Arguments> badChanges() {
		return Stream.of(
				// shape
				Arguments.of(KENT_2022, "{op: set-cont, issue: asb, count: 1}", "changes[0].op", "'set-cont' is not an op; expected one of [set-district-level"),
				Arguments.of(KENT_2022, "{issue: asb, count: 1}", "changes[0].op", "missing; expected one of"),
				Arguments.of(KENT_2022, "{op: set-count, issue: asb}", "changes[0].count", "missing"),
				Arguments.of(KENT_2022, "{op: set-count, issue: asb, count: 1, districts: 2}", "changes[0]", "unknown field 'districts'; expected one of [count, issue]"),
				Arguments.of(KENT_2022, "{op: set-count, issue: asb, count: many}", "changes[0].count", "'many' is not a valid whole number"),
				Arguments.of(KENT_2022, "{op: set-duty-in-force, duty: pcsc-2022-svd, from: 31/01/2023}", "changes[0].from", "is not a valid date (YYYY-MM-DD)"),
				Arguments.of(KENT_2022, "{op: set-framework, framework: themes}", "changes[0].framework", "'themes' is not a valid value; expected one of [priorities, strategic-aims]"),
				Arguments.of(KENT_2022, "{op: add-horizon, item: {id: hs-x, category: legal, kind: emerging-issue, text: t, issues: [asb]}}", "changes[0].item.category", "'legal' is not a valid value"),
				Arguments.of(KENT_2022, "{op: add-horizon, item: {id: hs-x, category: social, text: t, issues: [asb]}}", "changes[0].item.kind", "missing"),
				Arguments.of(KENT_2022, "{op: patch, operations: {op: remove, path: /area}}", "changes[0].operations", "expected a list of JSON Patch operations"),
				// the scenario: taxonomy, districts, evidence rows
				Arguments.of(KENT_2022, "{op: set-count, issue: vawgx, count: 5}", "changes[0].issue", "'vawgx' is not an issue in the taxonomy of kent-2022-23.yaml; known: domestic-abuse, vawg,"),
				Arguments.of(KENT_2022, "{op: set-count, issue: vawg, count: 5}", "changes[0].issue", "'vawg' is counted only inside the row 'Tackling Violence"),
				Arguments.of(KENT_2022, "{op: set-count, issue: asb, count: 13}", "changes[0].count", "13 is outside 0..12"),
				Arguments.of(KENT_2022, "{op: set-count, issue: fraud, count: 2}", "changes[0].issue", "is counted only inside the row"),
				Arguments.of(RIVERDALE, "{op: set-count, issue: family-abuse, count: 2}", "changes[0].issue", "'family-abuse' is in no district count of riverdale-2025-26.yaml"),
				Arguments.of(KENT_2022, "{op: set-district-level, district: Dover, issue: asb, level: main-priority}", "changes[0].op", "kent-2022-23.yaml has no per-district assessments"),
				Arguments.of(RIVERDALE, "{op: set-district-level, district: Dunmore, issue: family-abuse, level: main-priority}", "changes[0].district", "'Dunmore' is not a district of riverdale-2025-26.yaml; known: Alderbrook,"),
				Arguments.of(RIVERDALE, "{op: set-district-level, district: Dunmere, issue: family-abuse, level: top}", "changes[0].level", "'top' is not a level; expected one of [main-priority, cross-cutting-theme, within-broader-theme, core-business, not-named]"),
				Arguments.of(KENT_2026, "{op: set-band, issue: hate-crime, band: nearly-all}", "changes[0].band", "'nearly-all' is not defined in bandDefinitions of kent-2026-27.yaml; known:"),
				Arguments.of(KENT_2026, "{op: set-band, issue: neighbourhood-crime, band: most}", "changes[0].issue", "'neighbourhood-crime' is in no district band of kent-2026-27.yaml"),
				// scoring scheme
				Arguments.of(RIVERDALE, "{op: set-harm, issue: family-abuse, dimension: emotional, value: 2}", "changes[0].dimension", "'emotional' is not a harm dimension of morile-style-v1; known: physical,"),
				Arguments.of(RIVERDALE, "{op: set-harm, issue: family-abuse, dimension: physical, value: 7}", "changes[0].value", "7 is off the scale 0..4 of harm dimension 'physical'"),
				Arguments.of(RIVERDALE, "{op: set-likelihood, issue: family-abuse, value: 0}", "changes[0].value", "0 is off the scale 1..4 of likelihood"),
				Arguments.of(RIVERDALE, "{op: set-position, issue: family-abuse, value: weak}", "changes[0].value", "'weak' is not a grade of morile-style-v1; known: strong, adequate, limited, none"),
				Arguments.of(RIVERDALE, "{op: set-confidence, issue: family-abuse, value: certain}", "changes[0].value", "'certain' is not a confidence level of morile-style-v1; known: high, medium, low"),
				Arguments.of(RIVERDALE, "{op: set-harm, issue: hoarding-self-neglect, dimension: physical, value: 2}", "changes[0].issue", "'hoarding-self-neglect' has no threat/risk/harm score under morile-style-v1 in riverdale-2025-26.yaml; scored:"),
				// horizon, plan, duties, framework
				Arguments.of(KENT_2022, "{op: add-horizon, item: {id: hs-2022-vawg-strategy, category: political, kind: national-strategy, text: t, issues: [vawg]}}", "changes[0].item.id", "'hs-2022-vawg-strategy' is already a horizon-scanning item"),
				Arguments.of(KENT_2022, "{op: add-horizon, item: {id: hs-x, category: political, kind: national-strategy, text: t, issues: [scams]}}", "changes[0].item.issues", "'scams' is not an issue in the taxonomy"),
				Arguments.of(KENT_2022, "{op: remove-horizon, id: hs-nothing}", "changes[0].id", "'hs-nothing' is not a horizon-scanning item of kent-2022-23.yaml; known:"),
				Arguments.of(KENT_2022, "{op: link-plan, priority: pcp-roads, issue: road-safety}", "changes[0].priority", "'pcp-roads' is not a priority of the Police and Crime Plan in kent-2022-23.yaml; known: pcp-principle-victims,"),
				Arguments.of(KENT_2022, "{op: unlink-plan, priority: pcp-road-danger, issue: roads}", "changes[0].issue", "'roads' is not an issue in the taxonomy"),
				Arguments.of(KENT_2022, "{op: set-duty-in-force, duty: crime-and-policing-act}", "changes[0].duty", "'crime-and-policing-act' is not a statutory duty of kent-2022-23.yaml; known: cda-1998-s6-asb,"),
				Arguments.of(KENT_2022, "{op: set-framework, framework: strategic-aims}", "changes[0].framework", "kent-2022-23.yaml defines no strategic aims"),
				Arguments.of(KENT_2022, "{op: decide, item: roads, decision: drop, reason: r}", "changes[0].item", "'roads' is not a priority area or cross-cutting theme of kent-2022-23.yaml; known:"),
				Arguments.of(KENT_2022, "{op: decide, item: road-safety, decision: veto, reason: r}", "changes[0].decision", "'veto' is not a decision; expected one of [drop, prioritise, none]"),
				Arguments.of(KENT_2022, "{op: decide, item: road-safety, decision: drop}", "changes[0].reason", "missing: a departure from the evidence must give the working group's reason"),
				// policy
				Arguments.of(KENT_2022, "{op: set-threshold, key: district.broad, value: 0.6}", "changes[0].key", "'district.broad' is not a threshold of the policy; known: community.concern-share,"),
				Arguments.of(KENT_2022, "{op: set-weight, driver: plan-alignment, value: 0.05}", "changes[0].driver", "'plan-alignment' is not a driver type the policy weighs; known: statutory-duty,"),
				Arguments.of(KENT_2022, "{op: set-weight, driver: policing-priorities, value: 1.2}", "changes[0].value", "1.2 is not a weight between 0 and 1"),
				// raw patches
				Arguments.of(KENT_2022, "{op: patch, operations: [{op: replace, path: /districtAssessments/tally, value: 1}]}", "changes[0].operations[0].path", "'/districtAssessments/tally' does not exist in the merged scenario"),
				Arguments.of(KENT_2022, "{op: patch, operations: [{op: remove, path: /crimeRates/99}]}", "changes[0].operations[0].path", "'/crimeRates/99' does not exist"),
				Arguments.of(KENT_2022, "{op: patch, operations: [{op: move, from: /countyLeads, path: /countyArrangements}]}", "changes[0].operations[0].from", "'/countyLeads' does not exist"),
				Arguments.of(KENT_2022, "{op: patch, operations: [{op: test, path: /area, value: Surrey}]}", "changes[0].operations[0].path", "'/area' does not hold the tested value"),
				Arguments.of(KENT_2022, "{op: patch, operations: [{op: merge, path: /area, value: x}]}", "changes[0].operations[0]", "not a JSON Patch operation (RFC 6902)"),
				Arguments.of(KENT_2022, "{op: patch, operations: []}", "changes[0].operations", "the patch has no operations"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("badChanges")
	void everyBadChangeIsOneProblemNamingItsField(String file, String change, String field, String fragment) {
		assertProblem(file, "[" + change + "]", field, fragment);
	}

	@Test
	void everyBadChangeInAListIsReportedAtOnceByItsIndex() {
		assertThatThrownBy(() -> whatIf(KENT_2022, """
				- {op: set-count, issue: asb, count: 3}
				- {op: set-count, issue: nothing, count: 3}
				- {op: set-threshold, key: nothing, value: 3}
				"""))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(InputProblem::field).containsExactly("changes[1].issue", "changes[2].key"));
	}

	@Test
	void changesMayBeAListOrAnObjectWithAChangesList() throws IOException {
		List<ScenarioChange> list = service.parseChanges(YAML.readTree("[{op: set-count, issue: asb, count: 3}]"), "t");
		List<ScenarioChange> object = service.parseChanges(YAML.readTree("{changes: [{op: set-count, issue: asb, count: 3}]}"), "t");
		assertThat(object).isEqualTo(list).containsExactly(new ScenarioChange.SetCount("asb", 3));
		assertThatThrownBy(() -> service.parseChanges(YAML.readTree("{op: set-count}"), "t"))
			.hasMessageContaining("t: changes: expected a list of changes");
	}

	// ---- variants --------------------------------------------------------------------------------------------------

	@Test
	void aVariantSavedAndLoadedIsTheSameVariant(@TempDir Path dir) throws IOException {
		Variant variant = new Variant(KENT_2022, "Plan and duty", "Two changes at once", service.parseChanges(YAML.readTree("""
				- {op: unlink-plan, priority: pcp-vawg, issue: vawg}
				- {op: set-duty-in-force, duty: pcsc-2022-svd, from: 2022-04-01}
				- {op: set-weight, driver: policing-priorities, value: 0.05}
				- {op: add-horizon, item: {id: hs-x, category: social, kind: emerging-issue, text: Something new, issues: [fraud]}}
				- {op: patch, operations: [{op: replace, path: /area, value: Kent}]}
				"""), "t"));

		service.saveVariant(dir, variant);

		Path file = dir.resolve("plan-and-duty.yaml");
		assertThat(WhatIfService.isVariant(file)).isTrue();
		assertThat(service.loadVariant(file)).isEqualTo(variant);
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).as("no temporary file left behind").containsExactly(file);
		}
		WhatIfResult run = service.runVariant(file, Path.of("scenarios"), TestRules.rules());
		assertThat(run.diff()).isEqualTo(service.run(Path.of("scenarios", KENT_2022), variant.changes(), TestRules.rules()).diff());
		service.saveVariant(dir, new Variant(KENT_2022, "Plan and duty", null, List.of()));
		assertThat(service.loadVariant(file).changes()).as("a variant may be saved over a variant").isEmpty();
	}

	@Test
	void savingRefusesToOverwriteAFileThatIsNotAVariant(@TempDir Path dir) throws IOException {
		Path scenario = dir.resolve("my-scenario.yaml");
		Files.writeString(scenario, "id: my-scenario\narea: Somewhere\n");
		assertThatThrownBy(() -> service.saveVariant(dir, new Variant(KENT_2022, "My scenario", null, List.of())))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a variant").hasMessageContaining("refusing to overwrite");
		assertThat(Files.readString(scenario)).isEqualTo("id: my-scenario\narea: Somewhere\n");
	}

	@Test
	void aVariantMayNotNameABaselineOutsideTheScenariosFolder(@TempDir Path dir) throws IOException {
		for (String outside : List.of("../pom.xml", "/etc/hostname", "variants/../../pom.xml")) {
			assertThatThrownBy(() -> service.saveVariant(dir, new Variant(outside, "Escape", null, List.of())))
				.hasMessageContaining("is outside the scenarios folder");
			Path file = dir.resolve("escape.yaml");
			Files.writeString(file, "variantOf: " + outside + "\nname: Escape\nchanges: []\n");
			assertThatThrownBy(() -> service.runVariant(file, Path.of("scenarios"), TestRules.rules()))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("variantOf: '" + outside + "' is outside the scenarios folder");
		}
		Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
		Files.createSymbolicLink(scenarios.resolve("linked.yaml"), Path.of("pom.xml").toAbsolutePath());
		Path file = dir.resolve("linked-variant.yaml");
		Files.writeString(file, "variantOf: linked.yaml\nname: Linked\nchanges: []\n");
		assertThatThrownBy(() -> service.runVariant(file, scenarios, TestRules.rules()))
			.hasMessageContaining("is outside the scenarios folder");
	}

	@Test
	void aBaselineEditedBetweenRunsIsReadAgain(@TempDir Path dir) throws IOException {
		for (String folder : List.of("synthetic", "reference")) {
			Path into = Files.createDirectory(dir.resolve(folder));
			try (Stream<Path> files = Files.list(Path.of("scenarios", folder))) {
				for (Path file : files.toList()) {
					Files.copy(file, into.resolve(file.getFileName()));
				}
			}
		}
		Path copy = dir.resolve("synthetic/riverdale-2025-26.yaml");
		assertThat(service.run(copy, List.of(), TestRules.rules()).baseline().area()).isEqualTo("Riverdale (synthetic)");

		Files.writeString(copy, Files.readString(copy).replace("area: Riverdale (synthetic)", "area: Riverdale (edited)"));

		assertThat(service.run(copy, List.of(), TestRules.rules()).baseline().area()).isEqualTo("Riverdale (edited)");
	}

	// ---- helpers -----------------------------------------------------------------------------------------------------

	/** Runs a what-if and checks that no scenario file changed by a single byte. */
	private WhatIfResult whatIf(String file, String changes) {
		Map<String, String> before = hashes();
		try {
			return service.run(Path.of("scenarios", file), service.parseChanges(YAML.readTree(changes), "test"), TestRules.rules());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
		finally {
			assertThat(hashes()).as("scenario files after a what-if").isEqualTo(before);
		}
	}

	private void assertProblem(String file, String changes, String field, String... fragments) {
		assertThatThrownBy(() -> whatIf(file, changes)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
			assertThat(ex.problems()).as(ex.getMessage()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo(field);
				assertThat(problem.message()).contains(fragments);
			});
		});
	}

	private static Map<String, String> hashes() {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(file.toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return hashes;
	}

	private JsonNode row(String file, String rows, String issue) {
		for (JsonNode row : loader.mergedTree(Path.of("scenarios", file)).at(rows)) {
			for (JsonNode id : row.path("issues")) {
				if (id.asText().equals(issue)) {
					return row;
				}
			}
		}
		throw new IllegalArgumentException("no row lists " + issue);
	}

	private String smallestBand(String file) {
		JsonNode definitions = loader.mergedTree(Path.of("scenarios", file)).at("/districtAssessments/bandDefinitions");
		String smallest = null;
		double share = 2;
		for (JsonNode band : definitions) {
			if (band.path("share").asDouble() < share) {
				share = band.path("share").asDouble();
				smallest = band.path("id").asText();
			}
		}
		return smallest;
	}

	private static long countNaming(Scenario scenario, String issue) {
		return scenario.districtAssessments().perDistrict().stream()
			.filter(a -> a.named().stream().anyMatch(n -> n.issue().equals(issue))).count();
	}

	/**
	 * The working group's own decisions: a drop no duty forbids moves the item out and the compliance diff
	 * names the Police and Crime Plan priority it leaves uncovered; a drop of a statutory item is refused
	 * with the statute, and nothing in the compliance section changes.
	 */
	@Test
	void aDropTheLawAllowsMovesTheItemAndTheComplianceDiffSaysWhatItLeavesUncovered() {
		Scenario kent = TestRules.scenario(KENT_2022);
		String road = kent.taxonomy().priorityAreas().stream().filter(a -> a.issues().contains("road-safety")).findFirst()
			.orElseThrow().id();
		String planPriority = kent.policeAndCrimePlan().priorities().stream()
			.filter(p -> p.issues().equals(List.of("road-safety"))).findFirst().orElseThrow().id();
		WhatIfResult r = whatIf(KENT_2022, "[{op: decide, item: " + road + ", decision: drop, reason: 'a county board leads it'}]");
		assertThat(r.baseline().recommendation(road).outcome()).isEqualTo(Outcome.PRIORITY);
		assertThat(r.variant().recommendation(road).outcome()).isEqualTo(Outcome.NOT_PRIORITISED);
		assertThat(item(r, road).appeared()).extracting(JustificationChange::ruleId).contains("DEC-014");
		assertThat(r.diff().compliance()).singleElement().satisfies(c -> {
			assertThat(c.id()).isEqualTo(planPriority);
			assertThat(c.before()).isEqualTo("covered");
			assertThat(c.after()).isEqualTo("explained");
			assertThat(c.reason()).contains("a county board leads it");
		});
		assertThat(r.diff().summary()).anyMatch(line -> line.contains("changes from covered to explained"));
	}

	@Test
	void aDropOfAnItemADutyRequiresIsRefusedAndComplianceIsUnchanged() {
		Scenario kent = TestRules.scenario(KENT_2022);
		StatutoryDuty duty = kent.statutoryDuties().stream().filter(d -> d.id().equals("pja-2006-substance-misuse")).findFirst()
			.orElseThrow();
		String item = kent.taxonomy().priorityAreas().stream().filter(a -> a.issues().containsAll(duty.issues())).findFirst()
			.orElseThrow().id();
		WhatIfResult r = whatIf(KENT_2022, "[{op: decide, item: " + item + ", decision: drop, reason: 'services lead it'}]");
		assertThat(r.variant().recommendation(item).outcome()).isEqualTo(r.baseline().recommendation(item).outcome());
		assertThat(item(r, item).appeared()).extracting(JustificationChange::ruleId).containsOnly("DEC-015");
		assertThat(item(r, item).appeared()).extracting(JustificationChange::sentence)
			.anyMatch(sentence -> sentence.contains("Proposal to drop refused") && sentence.contains(duty.legislation()));
		assertThat(r.diff().compliance()).isEmpty();
	}

	private static ItemDiff item(WhatIfResult r, String id) {
		return r.diff().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
	}

	private static Set<String> ruleIds(Recommendation r) {
		return r.justifications().stream().map(Justification::ruleId).collect(Collectors.toSet());
	}

	/** The decision rules whose proposal is the item's outcome (for aims, the outcome the focus area came from). */
	private static List<String> deciding(Recommendation r) {
		List<Justification> decisions = r.justifications().stream().filter(j -> j.driver() == DriverType.DECISION).toList();
		String effect = decisions.get(0).effect();
		return decisions.stream().filter(j -> j.effect().equals(effect)).map(Justification::ruleId).toList();
	}

	private static List<String> sentences(Recommendation r) {
		return r.justifications().stream().map(Justification::sentence).toList();
	}

	private static Set<String> ids(List<Recommendation> recommendations) {
		return recommendations.stream().map(Recommendation::id).collect(Collectors.toCollection(HashSet::new));
	}

	private static double weight(List<DriverScore> parts, DriverType driver) {
		return parts.stream().filter(p -> p.driver() == driver).mapToDouble(DriverScore::weight).findFirst().orElse(0);
	}
}
