package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.concern;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.trend;

import org.junit.jupiter.api.Test;

/** rules/crime-rates.drl and rules/community-views.drl. */
class CrimeRateAndCommunityViewRulesTest {

	@Test
	void comparableRisingTrendAddsWeightAndFallingTrendIsNoted() {
		assertThat(given(trend("a", 0.08, true, null)).ruleIds()).containsExactly("CR-001");
		assertThat(given(trend("a", -0.08, true, null)).ruleIds()).containsExactly("CR-002");
		assertThat(given(trend("a", 0.01, true, null)).ruleIds()).isEmpty();
	}

	@Test
	void noTrendIsReadAcrossARecordingChange() {
		assertThat(given(trend("a", 0.2, false, null)).ruleIds()).containsExactly("CR-003");
	}

	@Test
	void largeShareOfRecordedCrimeAddsWeight() {
		assertThat(given(trend("a", null, true, 0.47)).ruleIds()).containsExactly("CR-004");
		assertThat(given(trend("a", null, true, 0.1)).ruleIds()).isEmpty();
	}

	@Test
	void surveyShareAtThePolicyLevelShowsConcernAndBelowItDoesNot() {
		assertThat(given(concern("a", 0.3, null)).ruleIds()).containsExactly("CV-001");
		RuleVerifier low = given(concern("a", 0.2, null));
		assertThat(low.ruleIds()).containsExactly("CV-003");
		assertThat(low.signals()).noneMatch(s -> s.supportive());
	}

	@Test
	void recordedHighConcernCountsWithoutASurveyShare() {
		assertThat(given(concern("a", null, "high")).ruleIds()).containsExactly("CV-002");
		assertThat(given(concern("a", null, "moderate")).ruleIds()).isEmpty();
	}
}
