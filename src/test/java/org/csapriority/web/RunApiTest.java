package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.web.ApiTest.assertErrorShape;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Recorded runs and decisions over HTTP: who may record, what a record holds, and what is refused. */
class RunApiTest extends WebTestSupport {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	private JsonNode recordKent() {
		Http.Response response = http.post("/api/scenarios/kent-2022-23.yaml/runs", Http.WORKING_GROUP, "{}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	@Test
	void theWorkingGroupRecordsARunAndAnAuditorReadsItBack() {
		JsonNode answer = recordKent();
		assertThat(answer.path("recorded").asBoolean()).isTrue();
		assertThat(answer.path("recordedBy").asText()).isEqualTo("wg");
		assertThat(answer.path("assessment").path("recommendations").size()).isGreaterThan(10);
		String runId = answer.path("runId").asText();

		Http.Response listed = http.get("/api/runs", Http.AUDITOR);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get(0).path("runId").asText()).isEqualTo(runId);
		assertThat(listed.json().get(0).path("origin").asText()).isEqualTo("web");

		JsonNode run = http.get("/api/runs/" + runId, Http.AUDITOR).json();
		assertThat(run.path("scenario").asText()).isEqualTo("kent-2022-23.yaml");
		assertThat(run.path("scenarioFiles").has("kent-2022-23.yaml")).isTrue();
		assertThat(run.path("scenarioFiles").has("kent/issues.yaml")).isTrue();
		assertThat(run.path("result")).isEqualTo(answer.path("assessment"));
		assertThat(run.path("ruleFiles").size()).isGreaterThan(5);

		JsonNode replay = http.get("/api/runs/" + runId + "/replay", Http.AUDITOR).json();
		assertThat(replay.path("differences")).isEmpty();
		assertThat(replay.path("recordedResultSha256").asText()).isEqualTo(replay.path("replayedResultSha256").asText());
		JsonNode why = http.get("/api/runs/" + runId + "/items/Mental%20Health/why", Http.AUDITOR).json();
		assertThat(why.path("outcome").asText()).isEqualTo("cross-cutting-theme");
		assertThat(why.path("flips").path("smallest").isObject()).isTrue();
		Http.Response report = http.get("/api/runs/" + runId + "/report", Http.AUDITOR);
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(report.body()).contains(runId, "echarts").doesNotContain("was not recorded");
		JsonNode verify = http.get("/api/audit/verify", Http.AUDITOR).json();
		assertThat(verify.path("problems")).isEmpty();
	}

	@Test
	void aRunOfWhatIfChangesRecordsTheChangesAndTheirResult() {
		Http.Response response = http.post("/api/scenarios/kent-2022-23.yaml/runs", Http.WORKING_GROUP,
				"{\"changes\":[{\"op\":\"unlink-plan\",\"priority\":\"pcp-vawg\",\"issue\":\"vawg\"}]}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String runId = response.json().path("runId").asText();
		JsonNode run = http.get("/api/runs/" + runId, Http.AUDITOR).json();
		assertThat(run.path("changes").get(0).path("op").asText()).isEqualTo("unlink-plan");
		for (JsonNode item : run.path("result").path("recommendations")) {
			if (item.path("id").asText().equals("vawg")) {
				assertThat(item.path("outcome").asText()).isEqualTo("within-priority");
			}
		}
	}

	@Test
	void aDecisionIsRecordedBesideTheEnginesOutcomeAndADepartureNeedsItsRationale() {
		String runId = recordKent().path("runId").asText();
		Http.Response refused = http.post("/api/runs/" + runId + "/decisions", Http.WORKING_GROUP,
				"{\"item\":\"road-safety\",\"adoptedOutcome\":\"watch-list\",\"decidingBody\":\"County working group\",\"decidedOn\":\"2022-01-27\"}");
		assertErrorShape(refused, 422);
		assertThat(refused.json().path("problems").get(0).path("location").asText()).contains("rationale");

		Http.Response recorded = http.post("/api/runs/" + runId + "/decisions", Http.WORKING_GROUP,
				"{\"item\":\"road-safety\",\"adoptedOutcome\":\"watch-list\",\"rationale\":\"Led by the county road safety partnership\","
						+ "\"decidingBody\":\"County working group\",\"decidedOn\":\"2022-01-27\"}");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().path("engineOutcome").asText()).isEqualTo("priority");
		assertThat(recorded.json().path("adoptedOutcome").asText()).isEqualTo("watch-list");
		assertThat(recorded.json().path("recordedBy").asText()).isEqualTo("wg");
		JsonNode decisions = http.get("/api/runs/" + runId + "/decisions", Http.AUDITOR).json();
		assertThat(decisions).hasSize(1);
	}

	@Test
	void anAuditorMayReadButNotRecord() {
		String runId = recordKent().path("runId").asText();
		assertErrorShape(http.post("/api/scenarios/kent-2022-23.yaml/runs", Http.AUDITOR, "{}"), 403);
		assertErrorShape(http.post("/api/runs/" + runId + "/decisions", Http.AUDITOR,
				"{\"item\":\"road-safety\",\"adoptedOutcome\":\"priority\",\"decidingBody\":\"b\",\"decidedOn\":\"2022-01-27\"}"), 403);
	}

	@Test
	void unknownRunsAndBadChangesAreClearErrors() {
		Http.Response notANumber = http.get("/api/runs?limit=abc", Http.AUDITOR);
		assertErrorShape(notANumber, 400);
		assertThat(notANumber.json().path("problems").get(0).path("location").asText()).isEqualTo("limit");
		assertErrorShape(http.get("/api/audit/verify?anchor=nonsense", Http.AUDITOR), 422);
		Http.Response unknown = http.get("/api/runs/run-99999/replay", Http.AUDITOR);
		assertErrorShape(unknown, 422);
		assertThat(unknown.json().path("message").asText()).contains("no recorded run 'run-99999'");
		Http.Response badChange = http.post("/api/scenarios/kent-2022-23.yaml/runs", Http.WORKING_GROUP,
				"{\"changes\":[{\"op\":\"set-count\",\"issue\":\"nothing-like-this\",\"count\":3}]}");
		assertErrorShape(badChange, 422);
		assertThat(badChange.json().path("message").asText()).contains("nothing-like-this");
	}
}
