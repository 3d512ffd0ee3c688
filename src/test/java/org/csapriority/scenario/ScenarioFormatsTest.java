package org.csapriority.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.TestRules;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.report.Formats;

/** YAML and JSON scenarios are equal: the same evidence in JSON gives the same assessment. */
class ScenarioFormatsTest {

	@Test
	void aScenarioWrittenAsJsonAssessesExactlyAsItsYaml(@TempDir Path dir) throws Exception {
		ScenarioLoader loader = new ScenarioLoader();
		JsonNode merged = loader.mergedTree(Path.of("scenarios/kent-2022-23.yaml"));
		Path json = dir.resolve("kent-2022-23.json");
		Files.writeString(json, new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(merged));

		Assessment fromYaml = AssessmentEngine.assess(loader.load(Path.of("scenarios/kent-2022-23.yaml")), TestRules.rules());
		Assessment fromJson = AssessmentEngine.assess(loader.load(json), TestRules.rules());

		assertThat(Formats.json(fromJson)).isEqualTo(Formats.json(fromYaml));
		assertThat(fromJson.recommendations()).hasSize(15);
	}
}
