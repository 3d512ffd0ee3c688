package org.csapriority.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Finding;
import org.csapriority.engine.fact.Outcome;

/**
 * Compares the engine's recommendation for Kent with the decisions Kent published. The expected lists
 * are the published ones, each with its place in the papers; the engine reaches them from the scenario
 * data and the general rules only.
 */
class KentBackTest {

	private static Assessment kent2022;

	private static Assessment kent2026;

	@BeforeAll
	static void assess() {
		kent2022 = AssessmentEngine.assess(TestRules.scenario("kent-2022-23.yaml"), TestRules.rules());
		kent2026 = AssessmentEngine.assess(TestRules.scenario("kent-2026-27.yaml"), TestRules.rules());
	}

	/** CSA April 2022, Appendix E (8 June 2022 pack, L613-628). */
	@Test
	void kent2022YieldsThePublishedEightPriorities() {
		assertThat(names(kent2022, Outcome.PRIORITY)).containsExactlyInAnyOrder("Domestic Abuse",
				"Violence Against Women and Girls (VAWG)", "Safeguarding Vulnerable People",
				"Serious Violence and Organised Crime", "Preventing Neighbourhood Crime & ASB",
				"Preventing Extremism and Hate", "Substance Misuse", "Road Safety");
	}

	@Test
	void kent2022YieldsThePublishedFiveCrossCuttingThemes() {
		assertThat(names(kent2022, Outcome.CROSS_CUTTING_THEME)).containsExactlyInAnyOrder(
				"Early Intervention, Prevention and Education", "Improve Quality of Life and Enhance Community Resilience",
				"Support Mental Health and Wellbeing", "Reduce Re-Offending and Support Victims",
				"Response and Recovery from Significant Community Events");
	}

	/** "VAWG ... should become a standalone priority" (L385): national strategy, PCC plan, public focus. */
	@Test
	void vawgIsNewAndStandsOnNationalStrategyPlanAndPublicConcern() {
		Recommendation vawg = kent2022.recommendation("vawg");
		assertThat(vawg.change()).isEqualTo(Change.NEW);
		assertThat(ruleIds(vawg)).contains("DEC-007", "HS-001", "PCP-001", "CV-002", "SA-002");
		assertThat(ruleIds(vawg)).doesNotContain("DEC-001");
	}

	/** "less likely to be referenced ... it has been included in the Police and Crime Plan" (L387). */
	@Test
	void roadSafetyIsRetainedOnThePlanAndTheCountyLeadDespiteFewDistricts() {
		Recommendation road = kent2022.recommendation("road-safety");
		assertThat(road.outcome()).isEqualTo(Outcome.PRIORITY);
		assertThat(road.change()).isEqualTo(Change.RETAINED);
		assertThat(ruleIds(road)).contains("DEC-006", "PCP-001", "LEAD-001", "SA-004");
		assertThat(sentence(road, "SA-004")).contains("3 of 12");
		assertThat(sentence(road, "LEAD-001")).contains("Safer Roads");
		assertThat(sentence(road, "PCP-001")).contains("Vision Zero");
	}

	@Test
	void mentalHealthNamedBySevenOfTwelveIsACrossCuttingThemeNotAPriority() {
		Recommendation mentalHealth = kent2022.recommendation("mental-health");
		assertThat(mentalHealth.outcome()).isEqualTo(Outcome.CROSS_CUTTING_THEME);
		assertThat(ruleIds(mentalHealth)).contains("DEC-002");
		assertThat(sentence(mentalHealth, "SA-001")).contains("7 of 12");
	}

	/** "expanding the priority of 'Anti-Social Behaviour' ..." and the retitled theme (L386). */
	@Test
	void kent2022NamesTheExpandedPriorityAndTheRetitledThemeAsRenamed() {
		assertThat(kent2022.recommendation("neighbourhood-crime-asb").change()).isEqualTo(Change.RENAMED);
		assertThat(kent2022.recommendation("significant-events").change()).isEqualTo(Change.RENAMED);
		assertThat(kent2022.recommendation("road-safety").change()).isEqualTo(Change.RETAINED);
	}

	@Test
	void everyKent2022ItemCarriesJustificationsWithSources() {
		for (Recommendation r : kent2022.recommendations()) {
			assertThat(r.justifications()).as(r.id()).isNotEmpty();
			r.justifications().stream().flatMap(j -> j.evidence().stream())
				.forEach(e -> assertThat(e.source()).as(r.id() + " " + e.summary()).isNotNull());
		}
	}

	/** CSA April 2026 (1 July 2026 pack, L341-406). */
	@Test
	void kent2026YieldsTheThreePublishedAimsWithTheirFocusAreas() {
		assertThat(kent2026.aims()).extracting(AimResult::name).containsExactly(
				"Stronger, safer and resilient neighbourhoods: addressing ASB, neighbourhood crime, and local concerns",
				"Reducing violence, abuse, and high-harm offending",
				"Protecting vulnerable people: reducing exploitation, susceptibility, and repeat harm");
		assertThat(focus(0)).containsExactlyInAnyOrder("neighbourhood-crime-asb", "hate-crime", "community-cohesion",
				"road-safety");
		assertThat(focus(1)).containsExactlyInAnyOrder("vawg", "domestic-abuse", "serious-violence", "organised-crime");
		assertThat(focus(2)).containsExactlyInAnyOrder("safeguarding", "substance-misuse", "reoffending", "prevent",
				"exploitation", "mental-health");
		assertThat(kent2026.aims()).allMatch(aim -> aim.status().equals("adopted"));
	}

	@Test
	void hateCrimeSitsUnderAimOneSplitFromLastYearsExtremismPriority() {
		Recommendation hate = kent2026.recommendation("hate-crime");
		assertThat(hate.aims()).containsExactly("aim-1");
		assertThat(hate.change()).isEqualTo(Change.SPLIT);
		assertThat(hate.changeNote()).contains("Preventing Extremism and Hate");
	}

	/** Key drivers table, L351-388: which driver types the agreement cites for each aim. */
	@Test
	void kent2026KeyDriverTypesMatchThePublishedAgreement() {
		assertThat(driverTypes(0)).containsExactlyInAnyOrder(DriverType.STATUTORY_DUTY,
				DriverType.COMMUNITY_SAFETY_PLANS, DriverType.POLICING_PRIORITIES, DriverType.HORIZON_SCANNING,
				DriverType.UPCOMING_CHANGES, DriverType.COMMUNITY_VIEWS);
		assertThat(driverTypes(1)).containsExactlyInAnyOrder(DriverType.STATUTORY_DUTY,
				DriverType.COMMUNITY_SAFETY_PLANS, DriverType.POLICING_PRIORITIES, DriverType.HORIZON_SCANNING,
				DriverType.CRIME_RATES);
		assertThat(driverTypes(2)).containsExactlyInAnyOrder(DriverType.STATUTORY_DUTY,
				DriverType.COMMUNITY_SAFETY_PLANS, DriverType.POLICING_PRIORITIES);
	}

	@Test
	void preventDutyOnEachAuthorityIsANoteUnderAimThreeNotAPartnershipDuty() {
		AimResult aim3 = kent2026.aims().get(2);
		assertThat(aim3.notes()).anySatisfy(note -> assertThat(note.statute()).contains("Counter-Terrorism and Security Act 2015"));
		List<KeyDriverItem> statutory = aim3.keyDrivers().stream()
			.filter(g -> g.driver() == DriverType.STATUTORY_DUTY).flatMap(g -> g.items().stream()).toList();
		assertThat(statutory).noneMatch(item -> item.statute().contains("Counter-Terrorism"));
		assertThat(statutory).extracting(KeyDriverItem::statute).anyMatch(s -> s.contains("Police and Justice Act 2006"))
			.anyMatch(s -> s.contains("Policing and Crime Act 2009"));
	}

	@Test
	void domesticHomicideReviewsMovingToDeathReviewsReadAsAContinuingDuty() {
		Recommendation da = kent2026.recommendation("domestic-abuse");
		assertThat(ruleIds(da)).contains("STAT-005").doesNotContain("STAT-004");
	}

	/**
	 * Both agreements meet every duty Kent's papers place on the partnership: no gaps; the Prevent duty,
	 * the s17 duty and the Domestic Abuse Act duties are notes on each authority; the council's committee
	 * is a note on the council. Kent's 2022/23 plan priorities that concern no Kent issue are explained.
	 */
	@Test
	void bothAgreementsMeetEveryPartnershipDutyAndHaveRegardToThePlan() {
		for (Assessment a : List.of(kent2022, kent2026)) {
			Compliance c = a.compliance();
			assertThat(c.gaps()).as(a.financialYear()).isEmpty();
			assertThat(c.duties()).filteredOn(d -> d.bearer().equals("partnership"))
				.allSatisfy(d -> assertThat(d.finding()).isIn(Finding.MET, Finding.CONTEXT));
			assertThat(c.duties()).filteredOn(d -> !d.bearer().equals("partnership"))
				.allSatisfy(d -> assertThat(d.finding()).isEqualTo(Finding.NOTE));
			assertThat(c.duty("ctsa-2015-s26").bearer()).isEqualTo("each authority");
			assertThat(c.duty("pja-2006-committee").bearer()).isEqualTo("council");
			assertThat(c.duty("regs-2007-strategy").reason()).contains("12");
			assertThat(c.policeAndCrimePlan()).hasSize(a == kent2022 ? 15 : 4);
		}
		// the serious violence duty was not yet in force on 1 April 2022, and the priority already met it
		assertThat(kent2022.compliance().duty("pcsc-2022-svd").status()).isEqualTo("upcoming");
		assertThat(kent2022.compliance().duty("pcsc-2022-svd").items()).extracting(ItemRef::id)
			.containsExactly("serious-violence-organised-crime");
		assertThat(kent2026.compliance().duty("pcsc-2022-svd").status()).isEqualTo("in force");
		assertThat(kent2026.compliance().duty("vpa-2024-dardr").status()).isEqualTo("in transition");
		// Making Kent Safer's priorities on accountability, innovation, funding and volunteering name no issue;
		// every other plan priority is covered by an item of the agreement
		assertThat(kent2022.compliance().policeAndCrimePlan()).filteredOn(p -> p.finding() == Finding.EXPLAINED)
			.hasSize(4).allSatisfy(p -> assertThat(p.items()).isEmpty());
		assertThat(kent2022.compliance().policeAndCrimePlan()).filteredOn(p -> p.finding() == Finding.COVERED)
			.hasSize(11).allSatisfy(p -> assertThat(p.items()).isNotEmpty());
		assertThat(kent2026.compliance().policeAndCrimePlan()).allSatisfy(p -> assertThat(p.finding()).isEqualTo(Finding.COVERED));
	}

	private static List<String> names(Assessment a, Outcome outcome) {
		return a.recommendations().stream().filter(r -> r.outcome() == outcome).map(Recommendation::name).toList();
	}

	private static List<String> focus(int aim) {
		return kent2026.aims().get(aim).focusAreas().stream().map(AreaRef::id).toList();
	}

	private static List<DriverType> driverTypes(int aim) {
		return kent2026.aims().get(aim).keyDrivers().stream().map(KeyDriverGroup::driver).toList();
	}

	static List<String> ruleIds(Recommendation r) {
		return r.justifications().stream().map(Justification::ruleId).toList();
	}

	static String sentence(Recommendation r, String ruleId) {
		return r.justifications().stream().filter(j -> j.ruleId().equals(ruleId)).map(Justification::sentence)
			.findFirst().orElse("");
	}
}
