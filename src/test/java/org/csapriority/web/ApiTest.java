package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.csapriority.engine.RuleBase;

/** The REST API over real HTTP: what each role may do, the answers, and the error shape for bad requests. */
class ApiTest extends WebTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	RuleBaseHolder rules;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void listsScenariosAndVariantsButNotTheSharedImportFiles() {
		Http.Response response = http.get("/api/scenarios", Http.AUDITOR);
		assertThat(response.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		response.json().forEach(entry -> names.add(entry.path("name").asText()));
		assertThat(names).contains("kent-2022-23.yaml", "kent-2026-27.yaml", "synthetic:riverdale-2025-26.yaml")
			.noneMatch(name -> name.startsWith("kent:") || name.startsWith("reference:") || name.endsWith("issues.yaml"));
		JsonNode kent = find(response.json(), "kent-2022-23.yaml");
		assertThat(kent.path("framework").asText()).isEqualTo("priorities");
		assertThat(kent.path("area").asText()).isEqualTo("Kent");
		assertThat(kent.path("financialYear").asText()).isEqualTo("2022/23");
	}

	@Test
	void withoutCredentialsTheApiAnswers401InItsErrorShapeWithABasicChallenge() {
		Http.Response response = http.get("/api/scenarios", null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertErrorShape(response, 401);
		assertThat(http.get("/api/scenarios", "wg:wrong-password").status()).isEqualTo(401);
	}

	@Test
	void anAuditorReadsTheAssessmentAndAnItemsFullTrail() {
		Http.Response assessment = http.get("/api/scenarios/kent-2022-23.yaml/assessment", Http.AUDITOR);
		assertThat(assessment.status()).isEqualTo(200);
		assertThat(assessment.json().path("recommendations")).hasSize(15);
		assertThat(assessment.json().path("recommendations").get(0).path("outcome").asText()).isEqualTo("priority");

		Http.Response explanation = http.get("/api/scenarios/kent-2022-23.yaml/items/Road%20Safety/explanation", Http.AUDITOR);
		assertThat(explanation.status()).isEqualTo(200);
		assertThat(explanation.json().path("id").asText()).isEqualTo("road-safety");
		List<String> ruleIds = new ArrayList<>();
		explanation.json().path("justifications").forEach(j -> ruleIds.add(j.path("ruleId").asText()));
		assertThat(ruleIds).contains("DEC-006", "PCP-001", "SA-004");
	}

	@Test
	void unknownScenarioAndUnknownItemAre404NamingWhatWasNotFound() {
		Http.Response scenario = http.get("/api/scenarios/nowhere-2030-31.yaml/assessment", Http.AUDITOR);
		assertErrorShape(scenario, 404);
		assertThat(scenario.json().path("problems").get(0).path("location").asText()).isEqualTo("name");

		Http.Response item = http.get("/api/scenarios/kent-2022-23.yaml/items/no-such-item/explanation", Http.AUDITOR);
		assertErrorShape(item, 404);
		assertThat(item.json().path("problems").get(0).path("location").asText()).isEqualTo("item");
		assertThat(item.json().path("message").asText()).contains("no-such-item", "road-safety");
	}

	@Test
	void namesThatWouldLeaveTheScenariosFolderAreRefused() {
		for (String name : List.of("..:..:pom.xml", "variants:..:..:pom.xml", "..%2F..%2Fpom.xml", "%2Fetc%2Fpasswd", ".hidden.yaml")) {
			Http.Response response = http.get("/api/scenarios/" + name + "/assessment", Http.ADMIN);
			assertErrorShape(response, 400);
		}
		// a real file inside the folder that is not a scenario (an import-only file) is not served either
		assertErrorShape(http.get("/api/scenarios/kent:issues.yaml/assessment", Http.ADMIN), 404);
	}

	@Test
	void eachRoleMayDoOnlyItsOwnPart() {
		String change = "{\"changes\":[{\"op\":\"remove-horizon\",\"id\":\"hs-2022-vawg-strategy\"}]}";
		String variant = "{\"variantOf\":\"kent-2022-23.yaml\",\"name\":\"Auditor try\",\"changes\":[{\"op\":\"remove-horizon\",\"id\":\"hs-2022-vawg-strategy\"}]}";
		assertErrorShape(http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.AUDITOR, change), 403);
		assertErrorShape(http.post("/api/variants", Http.AUDITOR, variant), 403);
		assertErrorShape(http.post("/api/admin/rules/reload", Http.AUDITOR, "{}"), 403);
		assertErrorShape(http.post("/api/admin/rules/reload", Http.WORKING_GROUP, "{}"), 403);
		assertThat(http.get("/api/scenarios", Http.WORKING_GROUP).status()).isEqualTo(200);
		assertThat(http.post("/api/admin/rules/reload", Http.ADMIN, "{}").status()).isEqualTo(200);
	}

	@Test
	void malformedJsonIs400WrongMediaTypeIs415() {
		Http.Response malformed = http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP, "{\"changes\": [");
		assertErrorShape(malformed, 400);
		assertThat(malformed.json().path("message").asText()).contains("not valid JSON");

		Http.Response form = http.send("POST", "/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP, "changes=1", false,
				"Content-Type", "application/x-www-form-urlencoded");
		assertErrorShape(form, 415);
	}

	@Test
	void bodiesOver256KbAre413WhetherDeclaredOrChunked() {
		String big = "{\"changes\":[],\"padding\":\"" + "x".repeat(300 * 1024) + "\"}";
		assertErrorShape(http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP, big), 413);
		assertErrorShape(http.postChunked("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP, big), 413);
	}

	@Test
	void aBrokenRuleFileOnDiskIsReportedAndTheServedRulesStay() throws Exception {
		RuleBase before = rules.current();
		Path broken = WebTestSupport.RULES.resolve("zz-broken.drl");
		Files.writeString(broken, "package rules;\n\nrule \"Half a rule\"\n    when\n        Candidate( \n    then\nend\n");
		try {
			Http.Response reload = http.post("/api/admin/rules/reload", Http.ADMIN, "{}");
			assertErrorShape(reload, 422);
			assertThat(reload.json().path("problems").get(0).path("location").asText()).contains("zz-broken.drl");
			assertThat(rules.current()).isSameAs(before);
			assertThat(http.get("/api/scenarios/kent-2022-23.yaml/assessment", Http.AUDITOR).json().path("recommendations"))
				.hasSize(15);
		}
		finally {
			Files.delete(broken);
		}
		Http.Response reload = http.post("/api/admin/rules/reload", Http.ADMIN, "{}");
		assertThat(reload.status()).isEqualTo(200);
		assertThat(reload.json().path("rules").asInt()).isEqualTo(before.catalogue().size());
		assertThat(rules.current()).isNotSameAs(before);
	}

	@Test
	void theOpenApiDescriptionListsEveryEndpoint() {
		Http.Response docs = http.get("/v3/api-docs", Http.AUDITOR);
		assertThat(docs.status()).isEqualTo(200);
		List<String> paths = new ArrayList<>();
		docs.json().path("paths").fieldNames().forEachRemaining(paths::add);
		assertThat(paths).contains("/api/scenarios", "/api/scenarios/{name}/assessment", "/api/scenarios/{name}/whatif",
				"/api/scenarios/{name}/items/{item}/explanation", "/api/variants", "/api/admin/rules/reload");
	}

	@Test
	void anUnknownApiPathIsAJson404() {
		assertErrorShape(http.get("/api/nothing-here", Http.AUDITOR), 404);
	}

	static JsonNode find(JsonNode list, String name) {
		for (JsonNode entry : list) {
			if (name.equals(entry.path("name").asText())) {
				return entry;
			}
		}
		throw new AssertionError(name + " not listed in " + list);
	}

	/** Every error: the status, its reason, a message, the problems with a location each, and no stack trace. */
	static void assertErrorShape(Http.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		JsonNode json = response.json();
		assertThat(json.path("status").asInt()).isEqualTo(status);
		assertThat(json.path("error").asText()).isNotBlank();
		assertThat(json.path("message").asText()).isNotBlank();
		assertThat(json.path("problems").isArray()).isTrue();
		json.path("problems").forEach(p -> assertThat(p.path("location").asText()).isNotBlank());
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "at org.");
	}
}
