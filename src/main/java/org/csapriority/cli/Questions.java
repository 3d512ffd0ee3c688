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
 * Many different what-if questions a working group could ask of one scenario, read from its inputs on the
 * server: each published count set to each other value it can take, together with one horizon item removed.
 */
final class Questions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Questions() {
	}

	static List<String> varied(HttpClient http, URI inputs, String auth) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(inputs).header("Authorization", auth).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new InvalidInputException(new InputProblem(inputs.toString(), 0, null,
					"the server answered " + response.statusCode() + " when asked for the scenario's inputs"));
		}
		JsonNode model = JSON.readTree(response.body());
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
}
