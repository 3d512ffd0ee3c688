package org.csapriority.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.fact.Outcome;

/**
 * A made-up county with other districts, issues and aims: the same rules reach every kind of outcome,
 * each for its own reason, so nothing in the engine depends on Kent.
 */
class SyntheticCountyTest {

	private static Assessment riverdale;

	@BeforeAll
	static void assess() {
		riverdale = AssessmentEngine.assess(TestRules.scenario("synthetic/riverdale-2025-26.yaml"), TestRules.rules());
	}

	@Test
	void everyOutcomeIsReachedByTheRuleThatShouldReachIt() {
		assertDecidedBy("elder-financial-abuse", Outcome.FOCUS_AREA, "DEC-001");
		assertDecidedBy("trauma-informed", Outcome.FOCUS_AREA, "DEC-002");
		assertDecidedBy("youth-diversion", Outcome.FOCUS_AREA, "DEC-004");
		assertDecidedBy("coastal-exploitation", Outcome.FOCUS_AREA, "DEC-005");
		assertDecidedBy("rural-crime", Outcome.FOCUS_AREA, "DEC-006");
		assertDecidedBy("online-child-harm", Outcome.FOCUS_AREA, "DEC-007");
		assertDecidedBy("metal-heritage-theft", Outcome.REVIEW, "DEC-010");
		assertDecidedBy("e-scooter-danger", Outcome.WATCH_LIST, "DEC-011");
		assertDecidedBy("market-towns", Outcome.WITHIN_PRIORITY, "DEC-012");
		assertDecidedBy("digital-inclusion", Outcome.NOT_PRIORITISED, "DEC-013");
		Set<Outcome> reached = riverdale.recommendations().stream().map(Recommendation::outcome).collect(Collectors.toSet());
		assertThat(reached).contains(Outcome.FOCUS_AREA, Outcome.WITHIN_PRIORITY, Outcome.REVIEW, Outcome.WATCH_LIST,
				Outcome.NOT_PRIORITISED);
	}

	@Test
	void aDutyOnEachAuthorityDoesNotCarryAnItemIntoTheAgreement() {
		Recommendation hoarding = riverdale.recommendation("hoarding-self-neglect");
		assertThat(hoarding.outcome()).isEqualTo(Outcome.NOT_PRIORITISED);
		assertThat(KentBackTest.ruleIds(hoarding)).contains("STAT-002");
	}

	@Test
	void anAreaCanFocusOneAimAndSupportAnother() {
		AimResult violence = riverdale.aims().stream().filter(a -> a.id().equals("aim-2")).findFirst().orElseThrow();
		AimResult places = riverdale.aims().stream().filter(a -> a.id().equals("aim-1")).findFirst().orElseThrow();
		assertThat(violence.focusAreas()).extracting(AreaRef::id).contains("knife-carrying");
		assertThat(places.supportingAreas()).extracting(AreaRef::id).containsExactly("knife-carrying");
		assertThat(places.focusAreas()).extracting(AreaRef::id).doesNotContain("market-towns", "e-scooter-danger");
	}

	@Test
	void highHarmEvidenceIsShownWithItsAimEvenThoughItIsNotAKeyDriverType() {
		AimResult violence = riverdale.aims().stream().filter(a -> a.id().equals("aim-2")).findFirst().orElseThrow();
		assertThat(violence.otherDrivers()).flatExtracting(KeyDriverGroup::items)
			.anySatisfy(item -> assertThat(item.area()).isEqualTo("Coastal exploitation"));
	}

	private static void assertDecidedBy(String id, Outcome outcome, String ruleId) {
		Recommendation r = riverdale.recommendation(id);
		assertThat(r.outcome()).as(id).isEqualTo(outcome);
		assertThat(r.justifications().get(0).ruleId()).as(id + " deciding rule").isEqualTo(ruleId);
	}
}
