package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.lead;
import static org.csapriority.engine.rules.RuleVerifier.plan;

import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;

/** rules/police-crime-plan.drl and rules/county-arrangements.drl. */
class PoliceCrimePlanRulesTest {

	@Test
	void planPriorityAlignsAndCitesTheHaveRegardDuty() {
		RuleVerifier v = given(plan("a"));
		assertThat(v.ruleIds()).containsExactly("PCP-001");
		assertThat(TestRules.rules().catalogue()).anySatisfy(rule -> {
			assertThat(rule.ruleId()).isEqualTo("PCP-001");
			assertThat(rule.statute()).contains("Police Reform and Social Responsibility Act 2011");
		});
	}

	@Test
	void countyLeadBodyGivesCountyLeverageButAnotherRoleDoesNot() {
		assertThat(given(lead("a", "lead")).ruleIds()).containsExactly("LEAD-001");
		assertThat(given(lead("a", "member")).ruleIds()).isEmpty();
	}
}
