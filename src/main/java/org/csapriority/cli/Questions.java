package org.csapriority.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * What-if questions a working group could ask of one scenario, read from its inputs on the server, so the
 * load test names no issue of its own: each published count set to another value, with a horizon item removed.
 */
final class Questions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Questions() {
	}

	/** One question as a working group would put it: the first published count lowered by a third, the first horizon item removed. */
	static String typical(HttpClient http, URI inputs, String auth) throws IOException, InterruptedException {
		JsonNode model = inputs(http, inputs, auth);
		ArrayNode changes = JSON.createArrayNode();
		JsonNode count = model.path("counts").path(0);
		if (!count.isMissingNode()) {
			int lowered = count.path("count").asInt() - Math.max(1, count.path("count").asInt() / 3);
			changes.add(JSON.createObjectNode().put("op", "set-count").put("issue", count.path("issue").asText())
				.put("count", Math.max(0, lowered)));
		}
		JsonNode horizon = model.path("horizon").path(0);
		if (!horizon.isMissingNode()) {
			changes.add(JSON.createObjectNode().put("op", "remove-horizon").put("id", horizon.path("id").asText()));
		}
		return JSON.createObjectNode().set("changes", changes).toString();
	}

	static List<String> varied(HttpClient http, URI inputs, String auth) throws IOException, InterruptedException {
		JsonNode model = inputs(http, inputs, auth);
		List<ObjectNode> counts = new ArrayList<>();
		for (JsonNode row : model.path("counts")) {
			for (int value = 0; value <= row.path("of").asInt(); value++) {
				if (value != row.path("count").asInt()) {
					counts.add(JSON.createObjectNode().put("op", "set-count").put("issue", row.path("issue").asText()).put("count", value));
				}
			}
		}
		List<ObjectNode> horizon = new ArrayList<>();
		for (JsonNode item : model.path("horizon")) {
			horizon.add(JSON.createObjectNode().put("op", "remove-horizon").put("id", item.path("id").asText()));
		}
		List<String> bodies = new ArrayList<>();
		for (ObjectNode count : counts) {
			for (ObjectNode removal : horizon) {
				ArrayNode changes = JSON.createArrayNode().add(count).add(removal);
				bodies.add(JSON.createObjectNode().set("changes", changes).toString());
			}
		}
		if (bodies.isEmpty()) {
			throw new InvalidInputException(new InputProblem(inputs.toString(), 0, null,
					"the scenario has no published counts and horizon items to vary"));
		}
		return bodies;
	}

	private static JsonNode inputs(HttpClient http, URI inputs, String auth) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(inputs).header("Authorization", auth).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new InvalidInputException(new InputProblem(inputs.toString(), 0, null,
					"the server answered " + response.statusCode() + " when asked for the scenario's inputs"));
		}
		return JSON.readTree(response.body());
	}
}
