package org.csapriority.web;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.csapriority.web.ScenarioCatalog.Entry;

@RestController
@Tag(name = "Variants", description = "Named what-ifs the working group keeps")
class VariantController {

	private final ScenarioService scenarios;

	VariantController(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	@PostMapping(path = "/api/variants", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a named variant of a scenario under scenarios/variants/",
			description = "Body: {\"variantOf\": \"kent-2022-23.yaml\", \"name\": \"...\", \"description\": \"...\", \"changes\": [...]}")
	ResponseEntity<Entry> save(@RequestBody JsonNode body) {
		Entry saved = scenarios.saveVariant(body);
		return ResponseEntity.created(URI.create("/api/scenarios/" + saved.name())).body(saved);
	}
}
