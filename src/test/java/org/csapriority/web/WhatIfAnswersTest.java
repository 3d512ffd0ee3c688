package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A repeated question is answered from memory only while the files and rules it was answered with stand. */
class WhatIfAnswersTest extends WebTestSupport {

	@Autowired
	WhatIfAnswers answers;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	ObjectMapper json;

	@Test
	void answersAreWrittenExactlyAsJacksonWritesAWhatIfResult() throws Exception {
		JsonNode body = json.readTree("{\"changes\":[{\"op\":\"remove-horizon\",\"id\":\"hs-2022-vawg-strategy\"}]}");
		var result = scenarios.whatIf("kent-2022-23.yaml", body);
		String plain = json.writeValueAsString(result);
		assertThat(new String(answers.write(result), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
		// the second time the baseline's JSON is reused
		assertThat(new String(answers.write(scenarios.whatIf("kent-2022-23.yaml", body)), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo(plain);
	}

	@Test
	void theSameQuestionGetsTheSameAnswerUntilAScenarioFileChanges() throws Exception {
		JsonNode body = json.readTree("{\"changes\":[{\"op\":\"set-count\",\"issue\":\"road-safety\",\"count\":2}]}");
		byte[] first = answers.answer("kent-2022-23.yaml", body, true);
		assertThat(answers.answer("kent-2022-23.yaml", body, true)).isSameAs(first);
		assertThat(json.readTree(first)).isEqualTo(json.readTree(json.writeValueAsBytes(scenarios.whatIf("kent-2022-23.yaml", body))));

		Path imported = WebTestSupport.SCENARIOS.resolve("kent/issues.yaml");
		Files.setLastModifiedTime(imported, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(answers.answer("kent-2022-23.yaml", body, true)).isNotSameAs(first);
	}
}
