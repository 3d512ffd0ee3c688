package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.duty;
import static org.csapriority.engine.rules.RuleVerifier.given;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;

/** rules/statutory-duties.drl: who bears a duty, and whether it is in force, decide what it means. */
class StatutoryDutyRulesTest {

	@Test
	void partnershipDutyInForceRequiresCoverageAndCitesTheStatuteFromTheData() {
		RuleVerifier v = given(duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, true, false));
		assertThat(v.ruleIds()).containsExactly("STAT-001");
		assertThat(v.signal("partnership-duty").statute()).isEqualTo("Some Act 2000 s1");
	}

	@Test
	void dutyOnEachAuthorityIsOnlyANote() {
		RuleVerifier v = given(duty("a", DutyBearer.EACH_AUTHORITY, DutyEffect.FORCES, true, false));
		assertThat(v.ruleIds()).containsExactly("STAT-002");
		assertThat(v.signal("authority-duty-note").supportive()).isFalse();
	}

	@Test
	void supportingLegislationAddsWeight() {
		assertThat(given(duty("a", DutyBearer.PARTNERSHIP, DutyEffect.SUPPORTS, true, false)).ruleIds())
			.containsExactly("STAT-003");
	}

	@Test
	void dutyNotYetInForceIsAnUpcomingChange() {
		RuleVerifier v = given(duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, false, false));
		assertThat(v.ruleIds()).containsExactly("STAT-004");
		assertThat(v.signal("upcoming-duty").driver()).isEqualTo(DriverType.UPCOMING_CHANGES);
	}

	@Test
	void upcomingDutyReplacingOneInForceContinuesIt() {
		RuleVerifier v = given(duty("a", DutyBearer.PARTNERSHIP, DutyEffect.FORCES, false, true));
		assertThat(v.ruleIds()).containsExactly("STAT-005");
		assertThat(v.signal("duty-in-transition").driver()).isEqualTo(DriverType.STATUTORY_DUTY);
	}
}
