package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET .../items/{item}/why over real HTTP: who may ask, the answer, its errors and its OpenAPI description. */
class WhyApiTest extends WebTestSupport {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void anAuditorReadsWhyAnItemHoldsAndTheSmallestChangeThatFlipsIt() {
		Http.Response response = http.get("/api/scenarios/kent-2022-23.yaml/items/Town%20Centres/why", Http.AUDITOR);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode why = response.json();
		assertThat(why.path("item").asText()).isEqualTo("town-centres");
		assertThat(why.path("scoreBreakdown")).isNotEmpty();
		assertThat(why.path("rulesFired").get(0).path("fileVersion").asText()).hasSize(12);
		assertThat(why.path("whyNot")).isNotEmpty();
		JsonNode smallest = why.path("flips").path("smallest");
		assertThat(smallest.path("outcome").asText()).isNotEqualTo(why.path("outcome").asText());

		// the flip is a change the what-if endpoint takes, and it moves the item there too
		String body = "{\"changes\":" + smallest.path("changes") + "}";
		Http.Response whatIf = http.post("/api/scenarios/kent-2022-23.yaml/whatif?baseline=false", Http.WORKING_GROUP, body);
		assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
		List<String> moved = new ArrayList<>();
		whatIf.json().path("diff").path("items").forEach(i -> {
			if (i.path("outcomeChanged").asBoolean()) {
				moved.add(i.path("id").asText());
			}
		});
		assertThat(moved).contains("town-centres");
	}

	@Test
	void aVariantIsExplainedWithItsChanges() {
		Http.Response assessment = http.get("/api/scenarios/variants:kent-2022-23-plan-silent-on-vawg.yaml/assessment", Http.AUDITOR);
		String outcome = null;
		for (JsonNode item : assessment.json().path("recommendations")) {
			if ("vawg".equals(item.path("id").asText())) {
				outcome = item.path("outcome").asText();
			}
		}
		Http.Response why = http.get("/api/scenarios/variants:kent-2022-23-plan-silent-on-vawg.yaml/items/vawg/why", Http.AUDITOR);
		assertThat(why.status()).as(why.body()).isEqualTo(200);
		assertThat(why.json().path("outcome").asText()).isEqualTo(outcome);
	}

	@Test
	void anUnknownItemIs404NamingTheItemAndNoCredentialsIs401() {
		Http.Response item = http.get("/api/scenarios/kent-2022-23.yaml/items/no-such-item/why", Http.AUDITOR);
		ApiTest.assertErrorShape(item, 404);
		assertThat(item.json().path("problems").get(0).path("location").asText()).isEqualTo("item");
		ApiTest.assertErrorShape(http.get("/api/scenarios/nowhere-2030-31.yaml/items/vawg/why", Http.AUDITOR), 404);
		ApiTest.assertErrorShape(http.get("/api/scenarios/kent-2022-23.yaml/items/vawg/why", null), 401);
	}

	@Test
	void theOpenApiDescriptionHasTheWhyEndpoint() {
		Http.Response docs = http.get("/v3/api-docs", Http.AUDITOR);
		JsonNode why = docs.json().path("paths").path("/api/scenarios/{name}/items/{item}/why").path("get");
		assertThat(why.path("summary").asText()).contains("smallest change");
		assertThat(why.path("description").asText()).contains("flips.smallest.changes");
	}
}
