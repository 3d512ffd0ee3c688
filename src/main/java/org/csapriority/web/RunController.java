package org.csapriority.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.csapriority.audit.Anchor;
import org.csapriority.audit.AuditService;
import org.csapriority.audit.DecisionRecord;
import org.csapriority.audit.Recorded;
import org.csapriority.audit.ReplayResult;
import org.csapriority.audit.RunRecord;
import org.csapriority.audit.RunSummary;
import org.csapriority.audit.Verification;
import org.csapriority.engine.Assessment;
import org.csapriority.explain.Why;

/**
 * The audit trail over HTTP: the working group records runs and decisions; auditors list and read runs,
 * verify the chain and replay a run.
 */
@RestController
@Tag(name = "Audit trail", description = "Recorded runs, decisions against them, chain verification and replay")
class RunController {

	private static final int MAX_LIST = 500;

	private final ScenarioService scenarios;

	private final AuditService audit;

	private final ObjectMapper json = new ObjectMapper();

	RunController(ScenarioService scenarios, AuditService audit) {
		this.scenarios = scenarios;
		this.audit = audit;
	}

	/** A run's answer: the assessment always, and its record, or why it was not recorded. */
	record RunAnswer(boolean recorded, String runId, Instant recordedAt, String recordedBy, String notRecordedReason,
			Assessment assessment) {
	}

	/** A recorded run with its provenance, its decisions and the result as stored. */
	record RunView(String runId, long seq, Instant recordedAt, String recordedBy, String origin, String scenario,
			String scenarioSha256, JsonNode scenarioFiles, JsonNode changes, JsonNode ruleFiles, JsonNode policy,
			String engineVersion, Long randomSeed, Integer samples, String prevHash, String recordHash,
			List<DecisionRecord> decisions, JsonNode result) {
	}

	/** What a decision is recorded with; the date as YYYY-MM-DD. */
	record DecisionRequest(String item, String adoptedOutcome, String rationale, String decidingBody, String decidedOn) {
	}

	@PostMapping(path = "/api/scenarios/{name}/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assess the scenario (with any what-if changes) and record the run in the audit trail",
			description = "Body (optional): {\"changes\": [...]} as for /whatif. 201 when recorded; 200 with recorded=false "
					+ "and the reason when the audit database cannot take it: the assessment answers either way.")
	ResponseEntity<RunAnswer> run(@PathVariable String name, @RequestBody(required = false) JsonNode body, Principal user) {
		Recorded recorded = audit.run(scenarios.runRequest(name, body, user.getName()));
		RunRecord record = recorded.record();
		RunAnswer answer = new RunAnswer(recorded.recorded(), record == null ? null : record.runId(),
				record == null ? null : record.recordedAt(), record == null ? user.getName() : record.recordedBy(),
				recorded.notRecordedReason(), recorded.assessment());
		return ResponseEntity.status(recorded.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
	}

	@GetMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Recorded runs, latest first")
	List<RunSummary> runs(@RequestParam(defaultValue = "50") int limit) {
		return audit.runs(Math.max(1, Math.min(limit, MAX_LIST)));
	}

	@GetMapping(path = "/api/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One recorded run: provenance, decisions and the stored result")
	RunView run(@Parameter(description = "e.g. run-3") @PathVariable String runId) {
		RunRecord run = audit.run(runId);
		return new RunView(run.runId(), run.seq(), run.recordedAt(), run.recordedBy(), run.origin(), run.scenarioName(),
				run.scenarioSha256(), json.valueToTree(run.scenarioFiles()),
				run.hasChanges() ? AuditService.parse(run.changes(), runId + " changes") : null,
				json.valueToTree(run.ruleFiles()), AuditService.parse(run.policy(), runId + " policy"), run.engineVersion(),
				run.randomSeed(), run.samples(), run.prevHash(), run.recordHash(), audit.decisions(runId),
				AuditService.parse(run.result(), runId + " result"));
	}

	@GetMapping(path = "/api/runs/{runId}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The decisions recorded against a run, in the order they were taken")
	List<DecisionRecord> decisions(@PathVariable String runId) {
		return audit.decisions(runId);
	}

	@PostMapping(path = "/api/runs/{runId}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the outcome the partnership adopted for one item of the run",
			description = "Body: {\"item\", \"adoptedOutcome\", \"rationale\", \"decidingBody\", \"decidedOn\": \"YYYY-MM-DD\"}. "
					+ "The rationale is required where the adopted outcome departs from the engine's.")
	ResponseEntity<DecisionRecord> decide(@PathVariable String runId, @RequestBody DecisionRequest body, Principal user) {
		DecisionRecord decision = audit.decide(runId, body.item(), body.adoptedOutcome(), body.rationale(),
				body.decidingBody(), body.decidedOn(), user.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(decision);
	}

	@GetMapping(path = "/api/runs/{runId}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Re-run the recorded run with its stored scenario and rules; identical, or the differences item by item")
	ReplayResult replay(@PathVariable String runId) {
		return audit.replay(runId);
	}

	@GetMapping(path = "/api/runs/{runId}/items/{item}/why", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Why an item of a recorded run has its outcome: score by driver type, rules, evidence, the conditions "
			+ "that failed and by how much, and the smallest change that flips it, from the run's stored scenario and rules")
	Why why(@PathVariable String runId, @Parameter(description = "Item id, name, or the name or alias of one of its issues")
			@PathVariable String item) {
		return audit.why(runId, item);
	}

	@GetMapping(path = "/api/runs/{runId}/report")
	@Operation(summary = "The run's report from what it stored: format=html (self-contained, with charts), md, or appendices (Markdown)")
	ResponseEntity<String> report(@PathVariable String runId, @RequestParam(defaultValue = "html") String format) {
		String text = audit.report(runId, format);
		MediaType type = format.equals("html") ? MediaType.TEXT_HTML : MediaType.valueOf("text/markdown;charset=UTF-8");
		return ResponseEntity.ok().contentType(type).body(text);
	}

	@GetMapping(path = "/api/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check the whole hash chain; the first record edited, deleted or reordered is named first")
	Verification verify(@Parameter(description = "Heads kept outside the database, SEQ:HASH as a verify answered them "
			+ "(headSeq:headHash); each must still be in the chain") @RequestParam(name = "anchor", required = false) List<String> anchors) {
		return audit.verify(anchors == null ? List.of() : anchors.stream().map(a -> Anchor.parse(a, "anchor")).toList());
	}
}
