package org.csapriority.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.ItemExplanation;
import org.csapriority.explain.Why;
import org.csapriority.web.ScenarioCatalog.Entry;
import org.csapriority.whatif.WhatIfResult;

@RestController
@RequestMapping(path = "/api/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scenarios", description = "Assess scenarios and saved variants, try what-if changes, explain an item and say why not")
class ScenarioController {

	private static final String NAME = "A name from GET /api/scenarios: the file under the scenarios folder, ':' for '/', e.g. kent-2022-23.yaml or variants:vawg-only.yaml";

	private final ScenarioService scenarios;

	private final WhatIfAnswers answers;

	ScenarioController(ScenarioService scenarios, WhatIfAnswers answers) {
		this.scenarios = scenarios;
		this.answers = answers;
	}

	@GetMapping
	@Operation(summary = "Every scenario and saved variant, with id, area, years and framework")
	List<Entry> list() {
		return scenarios.list();
	}

	@GetMapping("/{name}")
	@Operation(summary = "One scenario or variant; a variant with its saved changes")
	ScenarioService.Detail detail(@Parameter(description = NAME) @PathVariable String name) {
		return scenarios.detail(name);
	}

	@GetMapping("/{name}/assessment")
	@Operation(summary = "The recommendation with every item's outcome, change, score and justification trail")
	Assessment assessment(@Parameter(description = NAME) @PathVariable String name) {
		return scenarios.assess(name);
	}

	@GetMapping("/{name}/inputs")
	@Operation(summary = "The inputs a what-if can change, with their baseline values and ranges")
	ScenarioInputs inputs(@Parameter(description = NAME) @PathVariable String name) {
		return scenarios.inputs(name);
	}

	@PostMapping(path = "/{name}/whatif", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assess the scenario with changes and say what moved and why; the scenario file is never written",
			description = "Body: {\"changes\": [{\"op\": \"set-count\", \"issue\": \"mental-health\", \"count\": 5}, ...]}")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = WhatIfResult.class)))
	ResponseEntity<byte[]> whatIf(@Parameter(description = NAME) @PathVariable String name, @RequestBody JsonNode body,
			@Parameter(description = "false leaves the baseline's assessment out of the answer, for a caller that already "
					+ "has it from GET /api/scenarios/{name}/assessment") @RequestParam(defaultValue = "true") boolean baseline) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answers.answer(name, body, baseline));
	}

	@GetMapping("/{name}/items/{item}/explanation")
	@Operation(summary = "The item's full justification trail: every rule, statute and piece of evidence with its source")
	ItemExplanation explanation(@Parameter(description = NAME) @PathVariable String name,
			@Parameter(description = "Item id, name, or the name or alias of one of its issues") @PathVariable String item) {
		return scenarios.explain(name, item);
	}

	@GetMapping("/{name}/items/{item}/why")
	@Operation(summary = "Why the item has its outcome and why not another, with the smallest change of input that flips it",
			description = "The score by driver type; every rule that fired with its file's version (short SHA-256) and statute; "
					+ "every piece of evidence with its source; the conditions of the deciding rules with their margins and, "
					+ "for an item not selected, of each rule that would adopt it with what it lacks and by how much; and the "
					+ "smallest change that flips its outcome, found by running the engine on changes smallest first, as "
					+ "what-if changes (flips.smallest.changes) that POST .../whatif takes. On a variant, the changes add to the "
					+ "variant's own.")
	Why why(@Parameter(description = NAME) @PathVariable String name,
			@Parameter(description = "Item id, name, or the name or alias of one of its issues") @PathVariable String item) {
		return scenarios.why(name, item);
	}
}
