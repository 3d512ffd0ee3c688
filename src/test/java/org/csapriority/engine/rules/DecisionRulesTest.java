package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.candidate;
import static org.csapriority.engine.rules.RuleVerifier.concern;
import static org.csapriority.engine.rules.RuleVerifier.duty;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.harm;
import static org.csapriority.engine.rules.RuleVerifier.horizon;
import static org.csapriority.engine.rules.RuleVerifier.lead;
import static org.csapriority.engine.rules.RuleVerifier.named;
import static org.csapriority.engine.rules.RuleVerifier.plan;
import static org.csapriority.engine.rules.RuleVerifier.previous;
import static org.csapriority.engine.rules.RuleVerifier.within;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;
import org.csapriority.scenario.HorizonKind;
import org.csapriority.scenario.IssueKind;

/** rules/decision.drl: every route into the agreement, and the complementary routes out of it. */
class DecisionRulesTest {

	@Test
	void broadlyIdentifiedProblemIsAPriorityAndABroadEnablerATheme() {
		RuleVerifier problem = given(candidate("a", IssueKind.HARM), named("a", 0.75, 0.75));
		assertThat(problem.outcomes("a")).containsExactly(Outcome.PRIORITY);
		assertThat(problem.ruleIds()).contains("DEC-001");
		RuleVerifier enabler = given(candidate("b", IssueKind.ENABLER), named("b", 7 / 12.0, 7 / 12.0));
		assertThat(enabler.outcomes("b")).containsExactly(Outcome.CROSS_CUTTING_THEME);
		assertThat(enabler.ruleIds()).contains("DEC-002").doesNotContain("DEC-001");
	}

	@Test
	void partnershipDutyForcesCoverageWhateverTheDistrictCount() {
		assertThat(given(candidate("a", IssueKind.HARM), named("a", 0, 0),
				duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false)).ruleIds()).contains("DEC-003");
		RuleVerifier enabler = given(candidate("b", IssueKind.ENABLER), named("b", 0.2, 0.2),
				duty("b", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false));
		assertThat(enabler.outcomes("b")).containsExactly(Outcome.CROSS_CUTTING_THEME);
		assertThat(enabler.ruleIds()).contains("DEC-004");
	}

	@Test
	void dutyOnEachAuthorityDoesNotForceCoverage() {
		RuleVerifier v = given(candidate("a", IssueKind.HARM), named("a", 0.1, 0.1),
				duty("a", DutyBearer.EACH_AUTHORITY, DutyEffect.FORCES, true, false));
		assertThat(v.outcomes("a")).containsExactly(Outcome.NOT_PRIORITISED);
	}

	@Test
	void highHarmCountsAtLowVolumeButNotWithNoLocalIdentification() {
		assertThat(given(candidate("a", IssueKind.HARM), named("a", 0.1, 0.1), harm("a", 0.8, "high")).outcomes("a"))
			.containsExactly(Outcome.PRIORITY);
		assertThat(given(candidate("a", IssueKind.HARM), named("a", 0, 0), harm("a", 0.8, "high")).outcomes("a"))
			.containsExactly(Outcome.NOT_PRIORITISED);
	}

	@Test
	void planPriorityWithCountyLeadKeepsARarelyNamedProblemButNeitherAloneDoes() {
		assertThat(given(candidate("a", IssueKind.HARM), named("a", 0.25, 0.25), plan("a"), lead("a", "lead"))
			.ruleIds()).contains("DEC-006");
		assertThat(given(candidate("a", IssueKind.HARM), named("a", 0.25, 0.25), plan("a")).outcomes("a"))
			.containsExactly(Outcome.NOT_PRIORITISED);
	}

	@Test
	void nationalStrategyPlanAndPublicConcernTogetherMakeAStandalonePriority() {
		RuleVerifier all = given(candidate("a", IssueKind.HARM), named("a", 0.9, 0), plan("a"),
				horizon("a", HorizonKind.NATIONAL_STRATEGY), concern("a", null, "high"));
		assertThat(all.outcomes("a")).containsExactly(Outcome.PRIORITY);
		assertThat(all.ruleIds()).contains("DEC-007");
		RuleVerifier noConcern = given(candidate("a", IssueKind.HARM), named("a", 0.9, 0), plan("a"),
				horizon("a", HorizonKind.NATIONAL_STRATEGY));
		assertThat(noConcern.ruleIds()).doesNotContain("DEC-007");
	}

	@Test
	void lastYearsPriorityIsRetainedWhileAnyDriverSupportsItAndOtherwiseReviewed() {
		RuleVerifier kept = given(candidate("a", IssueKind.HARM), named("a", 0.1, 0.1), plan("a"),
				previous("a", Outcome.PRIORITY));
		assertThat(kept.outcomes("a")).containsExactly(Outcome.PRIORITY);
		assertThat(kept.ruleIds()).contains("DEC-008");
		RuleVerifier fallen = given(candidate("a", IssueKind.HARM), named("a", 0.1, 0.1), previous("a", Outcome.PRIORITY));
		assertThat(fallen.outcomes("a")).containsExactly(Outcome.REVIEW);
		assertThat(fallen.ruleIds()).contains("DEC-010").doesNotContain("DEC-008");
	}

	@Test
	void aPartSplitOffLastYearsPriorityNeitherInheritsItsPlaceNorGoesToReview() {
		RuleVerifier v = given(candidate("a", IssueKind.HARM), named("a", 0.1, 0.1), plan("a"),
				new org.csapriority.engine.fact.PreviousStatus("a", "old", "Old", Outcome.PRIORITY, false, RuleVerifier.EVIDENCE));
		assertThat(v.outcomes("a")).containsExactly(Outcome.NOT_PRIORITISED);
		assertThat(v.ruleIds()).doesNotContain("DEC-008", "DEC-010");
	}

	@Test
	void lastYearsThemeIsRetainedAsATheme() {
		RuleVerifier v = given(candidate("a", IssueKind.ENABLER), named("a", 0, 0),
				horizon("a", HorizonKind.EMERGING_ISSUE), previous("a", Outcome.CROSS_CUTTING_THEME));
		assertThat(v.outcomes("a")).containsExactly(Outcome.CROSS_CUTTING_THEME);
		assertThat(v.ruleIds()).contains("DEC-009");
	}

	@Test
	void emergingIssueNoDistrictNamesGoesOnTheWatchList() {
		RuleVerifier v = given(candidate("a", IssueKind.HARM), named("a", 0, 0), horizon("a", HorizonKind.EMERGING_ISSUE));
		assertThat(v.outcomes("a")).containsExactly(Outcome.WATCH_LIST);
		assertThat(v.ruleIds()).contains("DEC-011");
	}

	@Test
	void itemWithinAnAdoptedAreaIsCoveredThereAndOtherwiseNotPrioritised() {
		RuleVerifier v = given(candidate("host", IssueKind.HARM), named("host", 1, 1), within("a", "host"),
				named("a", 0.3, 0.3));
		assertThat(v.outcomes("a")).containsExactly(Outcome.WITHIN_PRIORITY);
		RuleVerifier hostDropped = given(candidate("host", IssueKind.HARM), named("host", 0.1, 0.1), within("a", "host"),
				named("a", 0.3, 0.3));
		assertThat(hostDropped.outcomes("a")).containsExactly(Outcome.NOT_PRIORITISED);
		assertThat(hostDropped.ruleIds()).contains("DEC-013");
	}
}
