package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.horizon;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.HorizonKind;

/** rules/horizon-scanning.drl: each kind of horizon item has its own rule and driver type. */
class HorizonScanningRulesTest {

	@Test
	void nationalStrategyIsHorizonScanning() {
		RuleVerifier v = given(horizon("a", HorizonKind.NATIONAL_STRATEGY));
		assertThat(v.ruleIds()).containsExactly("HS-001");
		assertThat(v.signal("national-strategy").driver()).isEqualTo(DriverType.HORIZON_SCANNING);
	}

	@Test
	void emergingIssueAndNewLegislationAndFundingHaveTheirOwnRules() {
		assertThat(given(horizon("a", HorizonKind.EMERGING_ISSUE)).ruleIds()).containsExactly("HS-002");
		assertThat(given(horizon("a", HorizonKind.NEW_LEGISLATION)).ruleIds()).containsExactly("HS-003");
		assertThat(given(horizon("a", HorizonKind.FUNDING_CHANGE)).ruleIds()).containsExactly("HS-005");
	}

	@Test
	void upcomingLegislationIsAnUpcomingChangeNotHorizonScanning() {
		RuleVerifier v = given(horizon("a", HorizonKind.UPCOMING_LEGISLATION));
		assertThat(v.ruleIds()).containsExactly("HS-004");
		assertThat(v.signal("upcoming-legislation").driver()).isEqualTo(DriverType.UPCOMING_CHANGES);
	}
}
