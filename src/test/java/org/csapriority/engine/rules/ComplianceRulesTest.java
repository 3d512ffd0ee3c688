package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.EVIDENCE;
import static org.csapriority.engine.rules.RuleVerifier.duty;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.fact.ComplianceFinding;
import org.csapriority.engine.fact.DistrictReturns;
import org.csapriority.engine.fact.Duty;
import org.csapriority.engine.fact.DutyStatus;
import org.csapriority.engine.fact.Finding;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.engine.fact.PlanCommitment;
import org.csapriority.engine.fact.Settled;
import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;
import org.csapriority.scenario.ProcessCheck;

/**
 * rules/compliance.drl: once outcomes are settled, each duty is met, a gap, a note, upcoming or context,
 * and each Police and Crime Plan priority is covered or explained.
 */
class ComplianceRulesTest {

	@Test
	void dutyOnThePartnershipIsMetByACoveredItem() {
		RuleVerifier v = given(forcing(DutyStatus.IN_FORCE), duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false),
				settled("a", true));
		assertThat(findings(v)).containsExactly(new ComplianceFinding("d1", Finding.MET, "a"));
		assertThat(v.ruleIds()).contains("COMP-001").doesNotContain("COMP-002");
	}

	@Test
	void dutyInForceWhoseItemIsNotCoveredIsAGap() {
		RuleVerifier v = given(forcing(DutyStatus.IN_FORCE), duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false),
				settled("a", false));
		assertThat(findings(v)).containsExactly(ComplianceFinding.of("d1", Finding.GAP));
		assertThat(v.ruleIds()).contains("COMP-002");
	}

	@Test
	void dutyInTransitionBindsNowSoAnUncoveredItemIsAGap() {
		assertThat(findings(given(forcing(DutyStatus.IN_TRANSITION))))
			.containsExactly(ComplianceFinding.of("d1", Finding.GAP));
	}

	@Test
	void upcomingDutyNothingMeetsIsFlaggedNotAGap() {
		RuleVerifier v = given(forcing(DutyStatus.UPCOMING));
		assertThat(findings(v)).containsExactly(ComplianceFinding.of("d1", Finding.UPCOMING));
		assertThat(v.ruleIds()).contains("COMP-004");
	}

	@Test
	void dutiesOnEachAuthorityOrTheCouncilAreNotes() {
		assertThat(findings(given(dutyFact(DutyBearer.EACH_AUTHORITY, DutyEffect.FORCES, DutyStatus.IN_FORCE, null))))
			.containsExactly(ComplianceFinding.of("d1", Finding.NOTE));
		assertThat(findings(given(dutyFact(DutyBearer.COUNCIL, DutyEffect.PROCESS, DutyStatus.IN_FORCE, null))))
			.containsExactly(ComplianceFinding.of("d1", Finding.NOTE));
	}

	@Test
	void supportingLegislationIsContext() {
		RuleVerifier v = given(dutyFact(DutyBearer.PARTNERSHIP, DutyEffect.SUPPORTS, DutyStatus.IN_FORCE, null));
		assertThat(findings(v)).containsExactly(ComplianceFinding.of("d1", Finding.CONTEXT));
		assertThat(v.ruleIds()).contains("COMP-005");
	}

	@Test
	void everyDistrictAssessmentIsCheckedFromTheReturns() {
		Duty regulations = dutyFact(DutyBearer.PARTNERSHIP, DutyEffect.PROCESS, DutyStatus.IN_FORCE,
				ProcessCheck.EVERY_DISTRICT_ASSESSMENT);
		RuleVerifier complete = given(regulations, new DistrictReturns(3, List.of(), "each district", EVIDENCE));
		assertThat(findings(complete)).containsExactly(ComplianceFinding.of("d1", Finding.MET));
		assertThat(complete.ruleIds()).contains("COMP-006");
		RuleVerifier missing = given(regulations, new DistrictReturns(3, List.of("C"), "each district", EVIDENCE));
		assertThat(findings(missing)).containsExactly(ComplianceFinding.of("d1", Finding.GAP));
		assertThat(missing.ruleIds()).contains("COMP-007");
	}

	@Test
	void planPriorityIsCoveredByACoveredItemOrExplained() {
		PlanCommitment priority = new PlanCommitment("p1", "Tackle it", "Pillar", List.of("a"), EVIDENCE);
		RuleVerifier covered = given(priority, plan("a"), settled("a", true));
		assertThat(findings(covered)).containsExactly(new ComplianceFinding("p1", Finding.COVERED, "a"));
		assertThat(covered.ruleIds()).contains("COMP-008");
		RuleVerifier explained = given(priority, plan("a"), settled("a", false));
		assertThat(findings(explained)).containsExactly(ComplianceFinding.of("p1", Finding.EXPLAINED));
		assertThat(explained.ruleIds()).contains("COMP-009");
	}

	@Test
	void regardToThePlanNeedsThePlanAmongTheEvidence() {
		Duty regard = dutyFact(DutyBearer.PARTNERSHIP, DutyEffect.PROCESS, DutyStatus.IN_FORCE,
				ProcessCheck.POLICE_AND_CRIME_PLAN_REGARD);
		RuleVerifier withPlan = given(regard, new PlanCommitment("p1", "Tackle it", "Pillar", List.of(), EVIDENCE));
		assertThat(findings(withPlan)).contains(ComplianceFinding.of("d1", Finding.MET));
		assertThat(withPlan.ruleIds()).contains("COMP-010");
		RuleVerifier withoutPlan = given(regard);
		assertThat(findings(withoutPlan)).containsExactly(ComplianceFinding.of("d1", Finding.GAP));
		assertThat(withoutPlan.ruleIds()).contains("COMP-011");
	}

	@Test
	void processDutyNotYetInForceIsFlaggedAndChecksNothing() {
		RuleVerifier v = given(dutyFact(DutyBearer.PARTNERSHIP, DutyEffect.PROCESS, DutyStatus.UPCOMING,
				ProcessCheck.POLICE_AND_CRIME_PLAN_REGARD));
		assertThat(findings(v)).containsExactly(ComplianceFinding.of("d1", Finding.UPCOMING));
		assertThat(v.ruleIds()).contains("COMP-012").doesNotContain("COMP-010", "COMP-011");
	}

	private static Duty forcing(DutyStatus status) {
		return dutyFact(DutyBearer.PARTNERSHIP, DutyEffect.FORCES, status, null);
	}

	private static Duty dutyFact(DutyBearer bearer, DutyEffect effect, DutyStatus status, ProcessCheck checks) {
		return new Duty("d1", "Some Act 2000 s1", "must", bearer, effect, status, checks, List.of("a"), EVIDENCE);
	}

	private static Settled settled(String id, boolean covered) {
		return new Settled(id, covered ? Outcome.PRIORITY : Outcome.NOT_PRIORITISED, covered);
	}

	private static List<ComplianceFinding> findings(RuleVerifier v) {
		return v.facts().stream().filter(ComplianceFinding.class::isInstance).map(ComplianceFinding.class::cast).toList();
	}
}
