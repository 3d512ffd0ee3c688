package org.csapriority.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.ScenarioLoader;

/** One input changes, and the outcome moves for the reason the rules give. */
class WhatChangesTest {

	private final ScenarioLoader loader = new ScenarioLoader();

	@Test
	void withoutPublicConcernVawgFallsBackInsideTheViolencePriority() {
		ObjectNode kent = (ObjectNode) loader.mergedTree(Path.of("scenarios/kent-2022-23.yaml"));
		kent.set("communityViews", kent.arrayNode());

		Assessment changed = AssessmentEngine.assess(loader.fromTree("kent-2022-23 without community views", kent),
				TestRules.rules());

		Recommendation vawg = changed.recommendation("vawg");
		assertThat(vawg.outcome()).isEqualTo(Outcome.WITHIN_PRIORITY);
		assertThat(vawg.within()).isEqualTo("Serious Violence and Organised Crime");
		assertThat(KentBackTest.ruleIds(vawg)).contains("DEC-012").doesNotContain("DEC-007", "CV-002");
	}

	@Test
	void withoutTheCountyLeadRoadSafetyStaysOnlyBecauseItWasLastYearsPriority() {
		ObjectNode kent = (ObjectNode) loader.mergedTree(Path.of("scenarios/kent-2022-23.yaml"));
		kent.set("countyArrangements", kent.arrayNode());

		Recommendation road = AssessmentEngine.assess(loader.fromTree("kent-2022-23 without county lead", kent),
				TestRules.rules()).recommendation("road-safety");

		assertThat(road.outcome()).isEqualTo(Outcome.PRIORITY);
		assertThat(KentBackTest.ruleIds(road)).contains("DEC-008").doesNotContain("DEC-006", "LEAD-001");
	}

	@Test
	void aPriorityWhoseEvidenceFallsAwayGoesToReviewRatherThanBeingDropped() {
		ObjectNode kent = (ObjectNode) loader.mergedTree(Path.of("scenarios/kent-2022-23.yaml"));
		ObjectNode root = kent;
		root.set("countyArrangements", kent.arrayNode());
		stripIssue(root.withArray("/policeAndCrimePlan/priorities"), "road-safety");
		stripIssue(root.withArray("/districtAssessments/counts"), "road-safety");
		stripIssue(root.withArray("/horizonScanning"), "road-safety");
		stripIssue(root.withArray("/threatRiskHarm/ranked"), "road-safety");
		root.set("crimeRates", kent.arrayNode());

		Recommendation road = AssessmentEngine.assess(loader.fromTree("kent-2022-23 without road evidence", kent),
				TestRules.rules()).recommendation("road-safety");

		assertThat(road.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(road.change()).isEqualTo(Change.UNDER_REVIEW);
		assertThat(KentBackTest.ruleIds(road)).contains("DEC-010");
	}

	private static void stripIssue(ArrayNode items, String issue) {
		for (int i = items.size() - 1; i >= 0; i--) {
			JsonNode item = items.get(i);
			boolean single = issue.equals(item.path("issue").asText());
			boolean listed = false;
			for (JsonNode id : item.path("issues")) {
				listed |= issue.equals(id.asText());
			}
			if (single || listed) {
				items.remove(i);
			}
		}
	}
}
