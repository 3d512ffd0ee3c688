package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.harm;

import org.junit.jupiter.api.Test;

/** rules/threat-risk-harm.drl, with policy high score 0.5 and low score 0.25. */
class ThreatRiskHarmRulesTest {

	@Test
	void scoreAtTheHighThresholdIsHighHarm() {
		RuleVerifier v = given(harm("a", 0.5, "high"));
		assertThat(v.ruleIds()).containsExactly("TRH-001");
		assertThat(v.signal("high-harm").supportive()).isTrue();
	}

	@Test
	void middleScoreIsMediumHarm() {
		assertThat(given(harm("a", 0.3, "medium")).ruleIds()).containsExactly("TRH-002");
	}

	@Test
	void lowScoreIsANoteNotSupport() {
		RuleVerifier v = given(harm("a", 0.1, "medium"));
		assertThat(v.ruleIds()).containsExactly("TRH-003");
		assertThat(v.signals()).noneMatch(s -> s.supportive());
	}

	@Test
	void lowConfidenceIsFlaggedBesideTheScore() {
		assertThat(given(harm("a", 0.8, "low")).ruleIds()).containsExactly("TRH-001", "TRH-004");
	}
}
