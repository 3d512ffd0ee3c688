package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.EVIDENCE;
import static org.csapriority.engine.rules.RuleVerifier.candidate;
import static org.csapriority.engine.rules.RuleVerifier.duty;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.named;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.fact.GroupDecision;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.engine.fact.Proposal;
import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;
import org.csapriority.scenario.IssueKind;
import org.csapriority.scenario.WorkingGroupAction;

/** rules/decision.drl, the working group's departures: a drop stands unless the law requires the item. */
class WorkingGroupDecisionRulesTest {

	@Test
	void dropStandsWhereNoDutyRequiresTheItem() {
		RuleVerifier v = given(candidate("a", IssueKind.HARM), named("a", 0.8, 0.8), decision(WorkingGroupAction.DROP));
		assertThat(v.ruleIds()).contains("DEC-014", "DEC-001");
		assertThat(v.facts()).contains(new Proposal("a", Outcome.NOT_PRIORITISED, Proposal.WORKING_GROUP_DROP));
		assertThat(v.signal("working-group-drop").detail()).contains("reason given");
	}

	@Test
	void dropIsRefusedWhereADutyInForceRequiresTheItem() {
		RuleVerifier v = given(candidate("a", IssueKind.HARM), named("a", 0, 0), decision(WorkingGroupAction.DROP),
				duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false));
		assertThat(v.ruleIds()).contains("DEC-015").doesNotContain("DEC-014");
		assertThat(v.signal("drop-refused").statute()).isEqualTo("Some Act 2000 s1");
		assertThat(v.outcomes("a")).contains(Outcome.PRIORITY);
	}

	@Test
	void dropIsRefusedForADutyInTransitionButNotForAnUpcomingOne() {
		RuleVerifier transition = given(candidate("a", IssueKind.HARM), named("a", 0, 0), decision(WorkingGroupAction.DROP),
				duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, false, true));
		assertThat(transition.ruleIds()).contains("DEC-015");
		assertThat(transition.outcomes("a")).contains(Outcome.PRIORITY);
		RuleVerifier upcoming = given(candidate("a", IssueKind.HARM), named("a", 0, 0), decision(WorkingGroupAction.DROP),
				duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, false, false));
		assertThat(upcoming.ruleIds()).contains("DEC-014").doesNotContain("DEC-015");
	}

	@Test
	void aRefusedDropKeepsACohortInTheAgreementThoughNoOtherRuleCarriesIt() {
		RuleVerifier v = given(candidate("a", IssueKind.COHORT), named("a", 0, 0), decision(WorkingGroupAction.DROP),
				duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false));
		assertThat(v.ruleIds()).contains("DEC-015");
		assertThat(v.outcomes("a")).contains(Outcome.CROSS_CUTTING_THEME);
	}

	@Test
	void adoptionMakesAProblemAPriorityAndAWayOfWorkingATheme() {
		assertThat(given(candidate("a", IssueKind.HARM), named("a", 0, 0), decision(WorkingGroupAction.PRIORITISE))
			.outcomes("a")).contains(Outcome.PRIORITY);
		RuleVerifier theme = given(candidate("a", IssueKind.ENABLER), named("a", 0, 0), decision(WorkingGroupAction.PRIORITISE));
		assertThat(theme.outcomes("a")).contains(Outcome.CROSS_CUTTING_THEME);
		assertThat(theme.ruleIds()).contains("DEC-016");
	}

	private static GroupDecision decision(WorkingGroupAction action) {
		return new GroupDecision("a", action, "reason given", new org.csapriority.engine.fact.Evidence("a",
				"working group decision", "Working group decision: reason given", EVIDENCE.source(), null, null));
	}
}
