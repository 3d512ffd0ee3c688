package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.web.ApiTest.assertErrorShape;

import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.RobustnessResult;

/**
 * Robustness analyses over HTTP: started in the background, polled to the end, and the figures those of the
 * analysis itself; bad requests refused naming the field before anything starts; a running analysis cancelled.
 */
class RobustnessApiTest extends WebTestSupport {

	private static final String KENT = "/api/scenarios/kent-2022-23.yaml/robustness";

	/** Enough samples that an analysis is still running when the test acts on it. */
	private static final String LONG_RUN = "{\"samples\":1000000,\"seed\":1}";

	@LocalServerPort
	int port;

	@Autowired
	RuleBaseHolder rules;

	@Autowired
	RobustnessJobs jobs;

	@Autowired
	ObjectMapper json;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@AfterEach
	void nothingLeftRunning() {
		awaitUntil(() -> jobs.running() == 0, "every analysis stopped");
	}

	@Test
	void anAnalysisRunsInTheBackgroundAndItsFiguresAreThoseOfTheAnalysisRunDirectly() throws Exception {
		Http.Response started = http.post(KENT, Http.WORKING_GROUP, "{\"samples\":300,\"seed\":20260115}");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String id = started.json().path("id").asText();
		assertThat(started.headers().firstValue("Location")).hasValue("/api/robustness/" + id);
		assertThat(started.json().path("status").asText()).isIn("running", "done");
		assertThat(started.json().path("total").asInt()).isEqualTo(300);
		assertThat(started.json().path("seed").asLong()).isEqualTo(20260115L);

		JsonNode done = awaitEnd(id);
		assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
		assertThat(done.path("done").asInt()).isEqualTo(300);
		assertThat(done.has("error")).isFalse();
		assertThat(done.has("run")).isFalse();

		// one thread here, all cores on the server: the seed and the count fix the figures
		RobustnessResult direct = RobustnessAnalysis.run(new ScenarioLoader().load(SCENARIOS.resolve("kent-2022-23.yaml")),
				rules.current(), RobustnessRequest.of(300, 20260115L), 1, RobustnessAnalysis.Progress.NONE);
		// as text: a tree built from objects holds a long where one read from text holds an int
		assertThat(done.path("result").toString()).isEqualTo(json.writeValueAsString(direct));
		assertThat(done.path("result").path("items").size()).isGreaterThan(10);
		assertThat(http.get("/api/robustness/" + id, Http.AUDITOR).json()).isEqualTo(done);
	}

	@Test
	void anAnalysisOfWhatIfChangesVariesAroundTheChangedScenario() {
		String changes = "\"changes\":[{\"op\":\"unlink-plan\",\"priority\":\"pcp-vawg\",\"issue\":\"vawg\"}]";
		JsonNode plain = awaitEnd(start("{\"samples\":50,\"seed\":3}"));
		JsonNode changed = awaitEnd(start("{\"samples\":50,\"seed\":3," + changes + "}"));
		assertThat(baselineOutcome(plain, "vawg")).isEqualTo("priority");
		assertThat(baselineOutcome(changed, "vawg")).isEqualTo("within-priority");
	}

	@Test
	void aRecordedAnalysisIsARunWithItsSeedSamplesAndFigures() {
		JsonNode done = awaitEnd(start("{\"samples\":100,\"seed\":5,\"vary\":[\"scores\",\"weights\"],\"record\":true}"));
		assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
		assertThat(done.path("record").asBoolean()).isTrue();
		String runId = done.path("run").asText();
		assertThat(runId).as(done.toString()).startsWith("run-");
		assertThat(done.has("notRecordedReason")).isFalse();
		assertThat(done.path("result").path("varied")).hasSize(2);

		JsonNode run = http.get("/api/runs/" + runId, Http.AUDITOR).json();
		assertThat(run.path("randomSeed").asLong()).isEqualTo(5);
		assertThat(run.path("samples").asInt()).isEqualTo(100);
		JsonNode stored = run.path("result").path("robustness");
		assertThat(stored.path("samplesMatchingBaseline")).isEqualTo(done.path("result").path("samplesMatchingBaseline"));
		assertThat(stored.path("items").get(0).path("baselineShare"))
			.isEqualTo(done.path("result").path("items").get(0).path("baselineShare"));
		assertThat(run.path("result").path("recommendations").size()).isEqualTo(stored.path("items").size());
	}

	@Test
	void badSamplesSeedOrVaryAre400NamingTheFieldAndStartNothing() {
		assertBad("{\"samples\":-5,\"seed\":1}", "samples", "-5 is not a sample count");
		assertBad("{\"samples\":0,\"seed\":1}", "samples", "0 is not a sample count");
		assertBad("{\"samples\":2000000,\"seed\":1}", "samples", "2000000 is more than the 1000000 samples");
		assertBad("{\"samples\":1e12,\"seed\":1}", "samples", "is not a sample count");
		assertBad("{\"samples\":100,\"seed\":\"abc\"}", "seed", "\"abc\" is not a seed");
		assertBad("{\"samples\":100,\"seed\":1.5}", "seed", "1.5 is not a seed");
		assertBad("{\"samples\":100,\"seed\":1,\"vary\":[\"scores\",\"weather\"]}", "vary[1]",
				"\"weather\" is not a kind of input a run can vary; the kinds are [scores, districts, weights, thresholds]");
		assertBad("{\"samples\":100,\"seed\":1,\"record\":\"yes\"}", "record", "expected true or false");

		Http.Response two = http.post(KENT, Http.WORKING_GROUP, "{\"samples\":-1,\"seed\":\"x\"}");
		assertErrorShape(two, 400);
		assertThat(two.json().path("problems")).hasSize(2);
		assertThat(two.json().path("message").asText()).startsWith("2 problems: samples:");

		Http.Response unknown = http.post("/api/scenarios/nowhere-2030-31.yaml/robustness", Http.WORKING_GROUP,
				"{\"samples\":100,\"seed\":1}");
		assertErrorShape(unknown, 404);
		assertThat(unknown.json().path("problems").get(0).path("location").asText()).isEqualTo("name");
		Http.Response badChange = http.post(KENT, Http.WORKING_GROUP,
				"{\"samples\":100,\"seed\":1,\"changes\":[{\"op\":\"set-count\",\"issue\":\"nothing-like-this\",\"count\":3}]}");
		assertErrorShape(badChange, 422);
		assertThat(badChange.json().path("message").asText()).contains("nothing-like-this");
		assertErrorShape(http.post(KENT, Http.WORKING_GROUP, "{\"samples\":100,\"changes\":{}}"), 400);
		assertBad("{\"samples\":100,\"seed\":1152921504606846976}", "seed", "is beyond the seeds a run takes");
		// a what-if the ranges cannot be drawn around is refused before anything starts, not reported by a failed job
		Http.Response unsampleable = http.post(KENT, Http.WORKING_GROUP,
				"{\"samples\":100,\"seed\":1,\"changes\":[{\"op\":\"set-threshold\",\"key\":\"district.low-share\",\"value\":0.6}]}");
		assertErrorShape(unsampleable, 422);
		assertThat(unsampleable.json().path("message").asText())
			.contains("the run has district.low-share at 0.6, not below district.broad-share at 0.5");
		assertThat(jobs.running()).isZero();
	}

	@Test
	void anAuditorMayReadAJobButNeitherStartNorCancelOne() {
		assertErrorShape(http.post(KENT, Http.AUDITOR, "{\"samples\":100,\"seed\":1}"), 403);
		String id = start(LONG_RUN);
		assertThat(http.get("/api/robustness/" + id, Http.AUDITOR).status()).isEqualTo(200);
		assertErrorShape(http.send("DELETE", "/api/robustness/" + id, Http.AUDITOR, null, false), 403);
		assertThat(http.get("/api/robustness/" + id, Http.AUDITOR).json().path("status").asText()).isEqualTo("running");
		JsonNode cancelled = http.send("DELETE", "/api/robustness/" + id, Http.ADMIN, null, false).json();
		assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
	}

	@Test
	void aRunningAnalysisIsCancelledAndStops() {
		// progress is told every 500 samples here, and the whole would take minutes
		String id = start("{\"samples\":200000,\"seed\":1}");
		awaitUntil(() -> http.get("/api/robustness/" + id, Http.WORKING_GROUP).json().path("done").asInt() > 0,
				"the analysis under way");
		Http.Response cancel = http.send("DELETE", "/api/robustness/" + id, Http.WORKING_GROUP, null, false);
		assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
		assertThat(cancel.json().path("status").asText()).isEqualTo("cancelled");
		// its threads stop, and give back their place, long before a million samples could be drawn
		awaitUntil(() -> jobs.running() == 0, "the cancelled analysis stopped");
		JsonNode after = http.get("/api/robustness/" + id, Http.WORKING_GROUP).json();
		assertThat(after.path("status").asText()).isEqualTo("cancelled");
		assertThat(after.path("done").asInt()).isLessThan(200_000);
		assertThat(after.has("result")).isFalse();
		assertErrorShape(http.get("/api/robustness/no-such-job", Http.WORKING_GROUP), 404);
	}

	@Test
	void whileTheServerRunsAllTheAnalysesItMayAnotherIsRefusedWith503() {
		String first = start(LONG_RUN);
		String second = start(LONG_RUN);
		Http.Response third = http.post(KENT, Http.WORKING_GROUP, "{\"samples\":100,\"seed\":1}");
		assertErrorShape(third, 503);
		assertThat(third.json().path("message").asText()).contains("2 robustness analyses are running");
		http.send("DELETE", "/api/robustness/" + first, Http.WORKING_GROUP, null, false);
		http.send("DELETE", "/api/robustness/" + second, Http.WORKING_GROUP, null, false);
	}

	@Test
	void theOpenApiDescriptionHasTheThreeCalls() {
		JsonNode paths = http.get("/v3/api-docs", Http.AUDITOR).json().path("paths");
		assertThat(paths.path("/api/scenarios/{name}/robustness").has("post")).isTrue();
		assertThat(paths.path("/api/robustness/{id}").has("get")).isTrue();
		assertThat(paths.path("/api/robustness/{id}").has("delete")).isTrue();
	}

	private String start(String body) {
		Http.Response started = http.post(KENT, Http.WORKING_GROUP, body);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return started.json().path("id").asText();
	}

	private void assertBad(String body, String location, String message) {
		Http.Response response = http.post(KENT, Http.WORKING_GROUP, body);
		assertErrorShape(response, 400);
		assertThat(response.json().path("problems").get(0).path("location").asText()).as(body).isEqualTo(location);
		assertThat(response.json().path("message").asText()).as(body).contains(location + ": ", message);
	}

	private JsonNode awaitEnd(String id) {
		JsonNode[] last = new JsonNode[1];
		awaitUntil(() -> {
			last[0] = http.get("/api/robustness/" + id, Http.WORKING_GROUP).json();
			return !last[0].path("status").asText().equals("running");
		}, "analysis " + id + " finished");
		return last[0];
	}

	private static String baselineOutcome(JsonNode job, String item) {
		for (JsonNode i : job.path("result").path("items")) {
			if (i.path("id").asText().equals(item)) {
				return i.path("baselineOutcome").asText();
			}
		}
		throw new AssertionError("no item " + item + " in " + job);
	}

	/** Polls until the condition holds; gives up, failing, only after long enough that something is wrong. */
	static void awaitUntil(BooleanSupplier condition, String what) {
		for (int i = 0; i < 1200; i++) {
			if (condition.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for " + what, ex);
			}
		}
		throw new AssertionError("gave up waiting for " + what);
	}
}
