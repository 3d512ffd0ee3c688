package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.web.ApiTest.assertErrorShape;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What-ifs and variants over HTTP, with the real what-if service: what moved, why, and what is refused. */
class WhatIfApiTest extends WebTestSupport {

	private static final String WITHOUT_VAWG_STRATEGY = "{\"op\":\"remove-horizon\",\"id\":\"hs-2022-vawg-strategy\"}";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void withoutTheNationalStrategyVawgMovesWithinAndTheDiffSaysWhy() throws Exception {
		Path baseline = WebTestSupport.SCENARIOS.resolve("kent-2022-23.yaml");
		String before = Files.readString(baseline);

		Http.Response response = http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP,
				"{\"changes\":[" + WITHOUT_VAWG_STRATEGY + "]}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode result = response.json();
		assertThat(outcome(result.path("baseline"), "vawg")).isEqualTo("priority");
		assertThat(outcome(result.path("variant"), "vawg")).isEqualTo("within-priority");
		assertThat(result.path("changes").get(0).asText()).contains("hs-2022-vawg-strategy");
		assertThat(result.path("diff").path("summary").get(0).asText()).contains("Violence Against Women and Girls", "DEC-007");
		JsonNode first = result.path("diff").path("items").get(0);
		assertThat(first.path("id").asText()).isEqualTo("vawg");
		assertThat(first.path("outcomeChanged").asBoolean()).isTrue();
		assertThat(Files.readString(baseline)).as("the adopted baseline is never written").isEqualTo(before);
	}

	@Test
	void withoutTheBaselineTheAnswerCarriesTheVariantAndTheDiffOnly() throws Exception {
		String body = "{\"changes\":[" + WITHOUT_VAWG_STRATEGY + "]}";
		Http.Response full = http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP, body);
		Http.Response lean = http.post("/api/scenarios/kent-2022-23.yaml/whatif?baseline=false", Http.WORKING_GROUP, body);
		assertThat(lean.status()).as(lean.body()).isEqualTo(200);
		assertThat(lean.json().has("baseline")).isFalse();
		assertThat(lean.json().path("variant")).isEqualTo(full.json().path("variant"));
		assertThat(lean.json().path("diff")).isEqualTo(full.json().path("diff"));
		assertThat(lean.body().length()).isLessThan(full.body().length() * 2 / 3);
	}

	@Test
	void aBadChangeIs422NamingTheFieldOfTheChange() {
		Http.Response outOfRange = http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP,
				"{\"changes\":[" + WITHOUT_VAWG_STRATEGY + ",{\"op\":\"set-count\",\"issue\":\"mental-health\",\"count\":99}]}");
		assertErrorShape(outOfRange, 422);
		assertThat(outOfRange.json().path("problems").get(0).path("location").asText()).isEqualTo("changes[1].count");
		assertThat(outOfRange.json().path("problems").get(0).path("message").asText()).contains("99");

		Http.Response unknownIssue = http.post("/api/scenarios/kent-2022-23.yaml/whatif", Http.WORKING_GROUP,
				"{\"changes\":[{\"op\":\"set-count\",\"issue\":\"no-such-issue\",\"count\":3}]}");
		assertErrorShape(unknownIssue, 422);
		assertThat(unknownIssue.json().path("problems").get(0).path("location").asText()).isEqualTo("changes[0].issue");
	}

	@Test
	void aSavedVariantIsListedAssessedAndCarriesItsChanges() {
		Http.Response saved = http.post("/api/variants", Http.WORKING_GROUP, "{\"variantOf\":\"kent-2022-23.yaml\","
				+ "\"name\":\"No national VAWG strategy\",\"description\":\"API test\",\"changes\":[" + WITHOUT_VAWG_STRATEGY + "]}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		String name = saved.json().path("name").asText();
		assertThat(name).startsWith("variants:");
		assertThat(saved.headers().firstValue("Location")).hasValue("/api/scenarios/" + name);

		JsonNode listed = ApiTest.find(http.get("/api/scenarios", Http.AUDITOR).json(), name);
		assertThat(listed.path("kind").asText()).isEqualTo("VARIANT");
		assertThat(listed.path("variantOf").asText()).isEqualTo("kent-2022-23.yaml");
		assertThat(listed.path("title").asText()).isEqualTo("No national VAWG strategy");

		JsonNode detail = http.get("/api/scenarios/" + name, Http.AUDITOR).json();
		assertThat(detail.path("changes").get(0).path("id").asText()).isEqualTo("hs-2022-vawg-strategy");
		assertThat(outcome(http.get("/api/scenarios/" + name + "/assessment", Http.AUDITOR).json(), "vawg"))
			.isEqualTo("within-priority");

		// a what-if on a variant starts from its changes and is still measured against the adopted baseline
		JsonNode onVariant = http.post("/api/scenarios/" + name + "/whatif", Http.WORKING_GROUP, "{\"changes\":[]}").json();
		assertThat(outcome(onVariant.path("baseline"), "vawg")).isEqualTo("priority");
		assertThat(outcome(onVariant.path("variant"), "vawg")).isEqualTo("within-priority");
	}

	@Test
	void aVariantNeedsANameABaselineAndValidChanges() {
		Http.Response noName = http.post("/api/variants", Http.WORKING_GROUP,
				"{\"variantOf\":\"kent-2022-23.yaml\",\"name\":\" \",\"changes\":[" + WITHOUT_VAWG_STRATEGY + "]}");
		assertErrorShape(noName, 422);
		assertThat(noName.json().path("problems").get(0).path("location").asText()).isEqualTo("name");

		Http.Response badChange = http.post("/api/variants", Http.WORKING_GROUP,
				"{\"variantOf\":\"kent-2022-23.yaml\",\"name\":\"Broken\",\"changes\":[{\"op\":\"remove-horizon\",\"id\":\"no-such-item\"}]}");
		assertErrorShape(badChange, 422);
		assertThat(badChange.json().path("problems").get(0).path("location").asText()).startsWith("changes[0]");
		assertThat(Files.exists(WebTestSupport.SCENARIOS.resolve("variants/broken.yaml"))).isFalse();

		Http.Response outside = http.post("/api/variants", Http.WORKING_GROUP,
				"{\"variantOf\":\"../pom.xml\",\"name\":\"Escape\",\"changes\":[" + WITHOUT_VAWG_STRATEGY + "]}");
		assertErrorShape(outside, 400);
	}

	static String outcome(JsonNode assessment, String id) {
		for (JsonNode item : assessment.path("recommendations")) {
			if (id.equals(item.path("id").asText())) {
				return item.path("outcome").asText();
			}
		}
		throw new AssertionError(id + " not in the assessment");
	}
}
