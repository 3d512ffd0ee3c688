package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.candidate;
import static org.csapriority.engine.rules.RuleVerifier.duty;
import static org.csapriority.engine.rules.RuleVerifier.given;
import static org.csapriority.engine.rules.RuleVerifier.named;
import static org.csapriority.engine.rules.RuleVerifier.plan;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.fact.AimMembership;
import org.csapriority.engine.fact.AimStatus;
import org.csapriority.engine.fact.FocusArea;
import org.csapriority.engine.fact.KeyDriver;
import org.csapriority.engine.fact.StrategicAim;
import org.csapriority.engine.fact.SupportingArea;
import org.csapriority.engine.fact.Unassigned;
import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;
import org.csapriority.scenario.IssueKind;

/** rules/aims.drl: adopted areas become focus areas, and their evidence the aims' key drivers. */
class AimsRulesTest {

	private static final StrategicAim AIM = new StrategicAim("aim-1", "Safer places");

	@Test
	void adoptedAreaBecomesAFocusAreaAndItsEvidenceAKeyDriver() {
		RuleVerifier v = given(AIM, new AimMembership("aim-1", "a", "focus"), candidate("a", IssueKind.HARM),
				named("a", 1, 1), plan("a"));
		assertThat(v.facts()).contains(new FocusArea("aim-1", "a"), new AimStatus("aim-1", "adopted"));
		assertThat(v.facts().stream().filter(KeyDriver.class::isInstance).map(f -> ((KeyDriver) f).signal().type()))
			.containsExactlyInAnyOrder("broad-local-identification", "police-and-crime-plan");
	}

	@Test
	void aimWithNoAdoptedFocusAreaGoesToReview() {
		RuleVerifier v = given(AIM, new AimMembership("aim-1", "a", "focus"), candidate("a", IssueKind.HARM),
				named("a", 0.1, 0.1));
		assertThat(v.facts()).contains(new AimStatus("aim-1", "review")).doesNotContain(new FocusArea("aim-1", "a"));
	}

	@Test
	void supportingMembershipIsShownButIsNotAFocusArea() {
		RuleVerifier v = given(AIM, new AimMembership("aim-1", "a", "supporting"), candidate("a", IssueKind.HARM),
				named("a", 1, 1));
		assertThat(v.facts()).contains(new SupportingArea("aim-1", "a"), new Unassigned("a"))
			.doesNotContain(new FocusArea("aim-1", "a"));
	}

	@Test
	void authorityDutyIsANoteAgainstTheAimNotAKeyDriver() {
		RuleVerifier v = given(AIM, new AimMembership("aim-1", "a", "focus"), candidate("a", IssueKind.HARM),
				named("a", 1, 1), duty("a", DutyBearer.EACH_AUTHORITY, DutyEffect.SUPPORTS, true, false));
		assertThat(v.facts().stream().filter(KeyDriver.class::isInstance).map(KeyDriver.class::cast)
			.filter(k -> k.signal().type().equals("authority-duty-note"))).singleElement()
			.satisfies(k -> assertThat(k.note()).isTrue());
	}
}
