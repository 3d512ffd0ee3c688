package org.csapriority.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.report.Formats;
import org.csapriority.scenario.ScenarioLoader;

/** Changes against last year, flags the working group must act on, and a result that never varies. */
class ChangesAndFlagsTest {

	private final Assessment testshire = AssessmentEngine.assess(
			new ScenarioLoader().load(Path.of("src/test/resources/scenarios/merged-and-unplaced.yaml")), TestRules.rules());

	@Test
	void twoOfLastYearsPrioritiesBecomingOneAreaIsAMergerEvenWhenItKeepsOneId() {
		Recommendation asb = testshire.recommendation("asb");
		assertThat(asb.change()).isEqualTo(Change.MERGED);
		assertThat(asb.changeNote()).contains("Anti-social behaviour", "Environmental crime");
		assertThat(testshire.dropped()).isEmpty();
	}

	@Test
	void anAdoptedAreaListedUnderNoAimIsFlaggedForTheWorkingGroup() {
		Recommendation burglary = testshire.recommendation("burglary");
		assertThat(burglary.aims()).isEmpty();
		assertThat(burglary.summary()).contains("not placed under any strategic aim");
		assertThat(KentBackTest.ruleIds(burglary)).contains("AIM-007");
	}

	@Test
	void theSameInputsGiveTheSameResultEveryTime() {
		var scenario = TestRules.scenario("synthetic/riverdale-2025-26.yaml");
		String first = Formats.json(AssessmentEngine.assess(scenario, TestRules.rules()));
		for (int i = 0; i < 20; i++) {
			assertThat(Formats.json(AssessmentEngine.assess(scenario, TestRules.rules()))).isEqualTo(first);
		}
	}
}
