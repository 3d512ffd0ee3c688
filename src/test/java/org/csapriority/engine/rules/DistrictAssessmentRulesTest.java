package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.named;

import org.junit.jupiter.api.Test;

/** rules/district-assessments.drl, with policy broad share 0.5 and low share 0.34. */
class DistrictAssessmentRulesTest {

	@Test
	void namedInItsOwnRightByHalfTheDistrictsIsBroad() {
		RuleVerifier v = given(named("a", 0.5, 0.5));
		assertThat(v.ruleIds()).containsExactly("SA-001");
		assertThat(v.signal("broad-local-identification").strength()).isEqualTo(0.5);
	}

	@Test
	void justUnderHalfIsNotBroadButModerate() {
		assertThat(given(named("a", 5 / 12.0, 5 / 12.0)).ruleIds()).containsExactly("SA-003");
	}

	@Test
	void namedWidelyOnlyInsideBroaderThemesIsIdentifiedAsPartOfThem() {
		assertThat(given(named("a", 11 / 12.0, 0)).ruleIds()).containsExactly("SA-002");
	}

	@Test
	void rarelyNamedIsLowAndDoesNotSupport() {
		RuleVerifier v = given(named("a", 3 / 12.0, 3 / 12.0));
		assertThat(v.ruleIds()).containsExactly("SA-004");
		assertThat(v.signal("low-local-identification").supportive()).isFalse();
	}

	@Test
	void neverNamedIsRecordedAsSuch() {
		assertThat(given(named("a", 0, 0)).ruleIds()).containsExactly("SA-005");
	}
}
