package org.csapriority.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.csapriority.engine.RuleBase;

/**
 * How a record's hash is made: SHA-256 of a canonical JSON of every field, in a fixed order, with each large
 * text (scenario, result, changes, policy) represented by its own SHA-256, and the hash of the record before
 * it. A record's place (seq) is not part of it: the link to the previous hash is what fixes the order, so a
 * record moved elsewhere is told apart from one edited.
 */
final class RecordHashes {

	static final String GENESIS = "0".repeat(64);

	private static final ObjectMapper JSON = new ObjectMapper();

	private RecordHashes() {
	}

	static String run(RunRecord run) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", "run");
		fields.put("runId", run.runId());
		fields.put("recordedAt", run.recordedAt().toString());
		fields.put("recordedBy", run.recordedBy());
		fields.put("origin", run.origin());
		fields.put("scenarioName", run.scenarioName());
		fields.put("scenarioSha256", run.scenarioSha256());
		fields.put("scenarioFiles", new TreeMap<>(run.scenarioFiles()));
		fields.put("changesSha256", run.changes() == null ? null : RuleBase.sha256(run.changes()));
		fields.put("ruleFiles", new TreeMap<>(run.ruleFiles()));
		fields.put("policySha256", RuleBase.sha256(run.policy()));
		fields.put("engineVersion", run.engineVersion());
		fields.put("randomSeed", run.randomSeed());
		fields.put("samples", run.samples());
		fields.put("resultSha256", run.resultSha256());
		fields.put("prevHash", run.prevHash());
		return hash(fields);
	}

	static String decision(DecisionRecord decision) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", "decision");
		fields.put("decisionId", decision.decisionId());
		fields.put("runId", decision.runId());
		fields.put("itemId", decision.itemId());
		fields.put("itemName", decision.itemName());
		fields.put("engineOutcome", decision.engineOutcome());
		fields.put("adoptedOutcome", decision.adoptedOutcome());
		fields.put("rationale", decision.rationale());
		fields.put("decidingBody", decision.decidingBody());
		fields.put("decidedOn", decision.decidedOn().toString());
		fields.put("recordedAt", decision.recordedAt().toString());
		fields.put("recordedBy", decision.recordedBy());
		fields.put("prevHash", decision.prevHash());
		return hash(fields);
	}

	private static String hash(Map<String, Object> fields) {
		try {
			return RuleBase.sha256(JSON.writeValueAsString(fields));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
