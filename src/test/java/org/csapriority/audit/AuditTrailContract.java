package org.csapriority.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.Uncertainty;

/**
 * What the audit trail must do on every database it supports. Tampering tests change rows behind the
 * application's back, as someone with direct access to the database could, and expect {@code verify} to name
 * the first record touched.
 */
abstract class AuditTrailContract {

	static final Path KENT_2022 = Path.of("scenarios/kent-2022-23.yaml");

	static final Path KENT_2026 = Path.of("scenarios/kent-2026-27.yaml");

	static RuleBase rules;

	AuditService audit;

	/** A fresh, empty audit database for each test. */
	abstract AuditSettings freshDatabase() throws Exception;

	/** Lets the test change or delete rows of a table, as a database administrator could. */
	abstract void allowTampering(Statement sql, String table) throws SQLException;

	/** The same database opened so that it can be read but not written. */
	abstract AuditSettings readOnly(AuditSettings settings);

	@BeforeAll
	static void compileRules() {
		rules = RuleBase.load(Path.of("rules"));
	}

	@BeforeEach
	void openFreshTrail() throws Exception {
		audit = AuditService.open(freshDatabase());
	}

	@org.junit.jupiter.api.AfterEach
	void closeTrail() {
		audit.store().database().close();
	}

	static RunRequest request(Path scenario, JsonNode changes) {
		ScenarioLoader.Loaded loaded = new ScenarioLoader().loadWithTree(scenario);
		return new RunRequest(scenario.toString(), loaded.tree(), Map.of(scenario.toString(), "not hashed in tests"),
				changes, rules, "test analyst", "cli");
	}

	RunRecord record(Path scenario) {
		Recorded recorded = audit.run(request(scenario, null));
		assertThat(recorded.notRecordedReason()).isNull();
		return recorded.record();
	}

	void tamper(String table, String sql) throws SQLException {
		AuditSettings settings = audit.store().database().settings();
		try (Connection conn = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
				Statement statement = conn.createStatement()) {
			allowTampering(statement, table);
			statement.executeUpdate(sql);
		}
	}

	// ---- recording ---------------------------------------------------------------------------------------------

	@Test
	void runsAreRecordedWithScenarioRulesPolicyEngineAndResultAndListedLatestFirst() throws Exception {
		RunRecord first = record(KENT_2022);
		RunRecord second = record(KENT_2026);

		assertThat(audit.runs(10)).extracting(RunSummary::runId).containsExactly(second.runId(), first.runId());
		RunRecord stored = audit.run(first.runId());
		assertThat(stored).isEqualTo(first);
		assertThat(stored.scenarioSha256()).isEqualTo(RuleBase.sha256(stored.scenarioContent()));
		assertThat(stored.ruleFiles()).isEqualTo(rules.fileHashes()).containsKey("rules/policy.yaml");
		assertThat(stored.engineVersion()).isNotBlank().doesNotStartWith("unknown");
		assertThat(stored.recordedBy()).isEqualTo("test analyst");
		assertThat(stored.prevHash()).isEqualTo(RecordHashes.GENESIS);
		assertThat(second.prevHash()).isEqualTo(first.recordHash());
		JsonNode result = new ObjectMapper().readTree(stored.result());
		assertThat(result.path("recommendations").size()).isGreaterThan(10);
		assertThat(new ObjectMapper().readTree(stored.policy()).path("thresholds").path("district.broad-share").asDouble())
			.isEqualTo(rules.policy().threshold("district.broad-share"));
		assertThat(audit.store().ruleSources(stored)).isEqualTo(rules.sources());
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteARecord() {
		RunRecord run = record(KENT_2022);
		AuditSettings settings = audit.store().database().settings();
		assertThatThrownBy(() -> {
			try (Connection conn = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
					Statement statement = conn.createStatement()) {
				statement.executeUpdate("update run_record set recorded_by = 'someone else' where run_id = '" + run.runId() + "'");
			}
		}).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> {
			try (Connection conn = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
					Statement statement = conn.createStatement()) {
				statement.executeUpdate("delete from run_record");
			}
		}).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void concurrentRunsAndDecisionsTakeTurnsAndAVerifyMeanwhileSeesNoBreak() throws Exception {
		record(KENT_2022);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> writes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Path scenario = i % 2 == 0 ? KENT_2022 : KENT_2026;
			writes.add(pool.submit(() -> assertThat(audit.run(request(scenario, null)).recorded()).isTrue()));
			writes.add(pool.submit(() -> audit.decide("run-1", "road-safety", "priority", null, "County working group",
					"2022-01-27", "chair")));
		}
		List<Verification> meanwhile = new ArrayList<>();
		while (writes.stream().anyMatch(w -> !w.isDone())) {
			meanwhile.add(audit.verify());
		}
		for (Future<?> write : writes) {
			write.get();
		}
		pool.shutdown();
		assertThat(meanwhile).isNotEmpty().allSatisfy(v -> assertThat(v.problems()).isEmpty());
		Verification verification = audit.verify();
		assertThat(verification.problems()).isEmpty();
		assertThat(verification.recordsChecked()).isEqualTo(21);
		assertThat(verification.lastSeq()).isEqualTo(21);
	}

	// ---- tamper evidence ---------------------------------------------------------------------------------------

	@Test
	void anIntactChainVerifies() {
		record(KENT_2022);
		record(KENT_2026);
		audit.decide("run-1", "Road Safety", "priority", null, "County working group", "2022-01-27", "chair");
		Verification verification = audit.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(3);
	}

	@Test
	void verifyNamesARunWhoseResultWasEdited() throws Exception {
		record(KENT_2022);
		RunRecord second = record(KENT_2026);
		record(KENT_2022);
		tamper("run_record", "update run_record set result = replace(result, '\"focus-area\"', '\"watch-list\"') where seq = 2");

		Verification verification = audit.verify();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.first().kind()).isEqualTo(ChainProblem.Kind.EDITED);
		assertThat(verification.first().seq()).isEqualTo(2);
		assertThat(verification.first().message()).contains("record 2 (" + second.runId() + ") was edited", "result");
	}

	@Test
	void verifyNamesARecordWhoseFieldWasEditedEvenWithItsHashesLeftAlone() throws Exception {
		record(KENT_2022);
		record(KENT_2022);
		tamper("run_record", "update run_record set recorded_by = 'someone else' where seq = 1");

		ChainProblem first = audit.verify().first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.EDITED);
		assertThat(first.message()).startsWith("record 1 (run-1) was edited").contains("fields no longer match");
	}

	@Test
	void verifyNamesADecisionWhoseRationaleWasRewritten() throws Exception {
		record(KENT_2022);
		DecisionRecord decision = audit.decide("run-1", "Road Safety", "watch-list", "Led by the county road safety partnership",
				"County working group", "2022-01-27", "chair");
		record(KENT_2026);
		tamper("decision_record", "update decision_record set rationale = 'Nobody asked' where seq = 2");

		ChainProblem first = audit.verify().first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.EDITED);
		assertThat(first.recordId()).isEqualTo(decision.decisionId());
	}

	@Test
	void verifyNamesARecordDeletedFromTheMiddle() throws Exception {
		record(KENT_2022);
		record(KENT_2026);
		record(KENT_2022);
		tamper("run_record", "delete from run_record where seq = 2");

		ChainProblem first = audit.verify().first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.DELETED);
		assertThat(first.seq()).isEqualTo(2);
		assertThat(first.message()).isEqualTo("record 2 was deleted: the chain goes from record 1 to record 3 (run-3)");
	}

	@Test
	void verifyNamesTheLastRecordDeleted() throws Exception {
		record(KENT_2022);
		record(KENT_2026);
		tamper("run_record", "delete from run_record where seq = 2");

		ChainProblem first = audit.verify().first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.DELETED);
		assertThat(first.message()).isEqualTo("record 2, the last one written, was deleted");
	}

	@Test
	void verifyNamesARecordMovedOutOfOrder() throws Exception {
		record(KENT_2022);
		record(KENT_2026);
		record(KENT_2022);
		record(KENT_2026);
		// swap the places of records 2 and 3 without touching their contents
		tamper("run_record", "update run_record set seq = 100 where seq = 2");
		tamper("run_record", "update run_record set seq = 2 where seq = 3");
		tamper("run_record", "update run_record set seq = 3 where seq = 100");

		Verification verification = audit.verify();
		ChainProblem first = verification.first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.REORDERED);
		assertThat(first.seq()).isEqualTo(2);
		assertThat(first.recordId()).isEqualTo("run-3");
		assertThat(first.message()).contains("out of order", "recorded after record 3 (run-2)");
		assertThat(verification.problems()).extracting(ChainProblem::kind).doesNotContain(ChainProblem.Kind.EDITED);
	}

	@Test
	void theHeadOnlyMovesForwardAndAnAnchorCatchesATailCutWithTheHeadRolledBack() throws Exception {
		record(KENT_2022);
		RunRecord second = record(KENT_2026);
		record(KENT_2022);
		Verification before = audit.verify();
		Anchor kept = Anchor.parse(before.head(), "anchor");
		assertThat(kept.seq()).isEqualTo(3);

		AuditSettings settings = audit.store().database().settings();
		assertThatThrownBy(() -> {
			try (Connection conn = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
					Statement statement = conn.createStatement()) {
				statement.executeUpdate("update chain_head set seq = 2, record_hash = '" + second.recordHash() + "'");
			}
		}).isInstanceOf(SQLException.class).hasMessageContaining("only moves forward");

		tamper("run_record", "delete from run_record where seq = 3");
		tamper("chain_head", "update chain_head set seq = 2, record_hash = '" + second.recordHash() + "'");
		assertThat(audit.verify().intact()).as("a cut tail with its head rolled back reads whole without an anchor").isTrue();
		ChainProblem first = audit.verify(List.of(kept)).first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.DELETED);
		assertThat(first.message()).isEqualTo("record 3, anchored as " + kept + ", is no longer in the chain");
	}

	@Test
	void verifyNamesAMiddleRecordRewrittenWithAFreshHashOfItsOwn() throws Exception {
		record(KENT_2022);
		RunRecord second = record(KENT_2026);
		record(KENT_2022);
		RunRecord forged = new RunRecord(second.seq(), second.runId(), second.recordedAt(), "someone else", second.origin(),
				second.scenarioName(), second.scenarioContent(), second.scenarioSha256(), second.scenarioFiles(),
				second.changes(), second.ruleFiles(), second.policy(), second.engineVersion(), second.randomSeed(),
				second.samples(), second.result(), second.resultSha256(), second.prevHash(), null);
		tamper("run_record", "update run_record set recorded_by = 'someone else', record_hash = '" + RecordHashes.run(forged)
				+ "' where seq = 2");

		ChainProblem first = audit.verify().first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.EDITED);
		assertThat(first.seq()).isEqualTo(2);
		assertThat(first.message()).startsWith("record 2 (run-2) was replaced");
	}

	@Test
	void verifyNamesADecisionMovedOntoAnotherRecordsPlace() throws Exception {
		record(KENT_2022);
		audit.decide("run-1", "road-safety", "priority", null, "County working group", "2022-01-27", "chair");
		record(KENT_2026);
		tamper("decision_record", "update decision_record set seq = 3 where seq = 2");

		Verification verification = audit.verify();
		assertThat(verification.problems()).extracting(ChainProblem::kind).contains(ChainProblem.Kind.DELETED,
				ChainProblem.Kind.REORDERED);
		assertThat(verification.first().message()).startsWith("record 2 was deleted");
	}

	@Test
	void aRecordAddedAroundTheApplicationIsNamed() throws Exception {
		record(KENT_2022);
		tamper("run_record", "insert into run_record select 7, 'run-7', recorded_at, recorded_by, origin, scenario_name, "
				+ "scenario_content, scenario_sha256, scenario_files, changes, rule_files, policy, engine_version, random_seed, "
				+ "samples, result, result_sha256, record_hash, 'f" + "0".repeat(63) + "' from run_record where seq = 1");

		ChainProblem problem = audit.verify().problems().stream().filter(p -> p.seq() == 7).findFirst().orElseThrow();
		assertThat(problem.message()).isEqualTo("record 7 (run-7) was added around the application: the chain's head ends at record 1");
	}

	@Test
	void verifyNamesAStoredRuleFileThatWasEdited() throws Exception {
		record(KENT_2022);
		String decisionSha = rules.fileHashes().get("rules/decision.drl");
		tamper("rule_file", "update rule_file set content = 'rule \"x\" when then end' where sha256 = '" + decisionSha + "'");

		ChainProblem first = audit.verify().first();
		assertThat(first.kind()).isEqualTo(ChainProblem.Kind.RULE_FILE);
		assertThat(first.message()).contains("run-1", "rules/decision.drl", "was edited");
		assertThatThrownBy(() -> audit.replay("run-1")).isInstanceOf(CorruptRecordException.class)
			.hasMessageContaining("rules/decision.drl");
	}

	@Test
	void aCorruptedResultIsNamedByVerifyAndRefusedByReplay() throws Exception {
		record(KENT_2022);
		tamper("run_record", "update run_record set result = 'not json' where seq = 1");

		assertThat(audit.verify().first().message()).contains("record 1 (run-1) was edited");
		assertThatThrownBy(() -> audit.replay("run-1")).isInstanceOf(CorruptRecordException.class)
			.hasMessageContaining("run-1 was edited after it was recorded");
	}

	// ---- replay ------------------------------------------------------------------------------------------------

	@Test
	void replaysOfBothKentRunsAreIdentical() {
		RunRecord kent2022 = record(KENT_2022);
		RunRecord kent2026 = record(KENT_2026);

		for (RunRecord run : List.of(kent2022, kent2026)) {
			ReplayResult replay = audit.replay(run.runId());
			assertThat(replay.differences()).isEmpty();
			assertThat(replay.identical()).isTrue();
			assertThat(replay.replayedResultSha256()).isEqualTo(run.resultSha256());
		}
	}

	// ---- robustness runs ---------------------------------------------------------------------------------------

	static RunRequest robustnessRequest(Path scenario, JsonNode changes, RuleBase with, RobustnessRequest robustness) {
		RunRequest plain = request(scenario, changes);
		return new RunRequest(plain.scenarioName(), plain.scenarioTree(), plain.scenarioFiles(), changes, with,
				plain.recordedBy(), plain.origin(), robustness);
	}

	@Test
	void aRobustnessRunIsRecordedWithItsSeedSamplesAndFiguresAndReplaysToTheSameFigures() throws Exception {
		JsonNode changes = new ObjectMapper().readTree("[{\"op\":\"set-threshold\",\"key\":\"district.broad-share\",\"value\":0.55}]");
		Recorded recorded = audit.run(robustnessRequest(KENT_2026, changes, rules,
				new RobustnessRequest(150, 77, java.util.EnumSet.of(Uncertainty.DISTRICTS, Uncertainty.WEIGHTS))),
				RobustnessAnalysis.Progress.NONE);

		RunRecord run = audit.run(recorded.record().runId());
		assertThat(run.randomSeed()).isEqualTo(77L);
		assertThat(run.samples()).isEqualTo(150);
		JsonNode figures = new ObjectMapper().readTree(run.result()).path("robustness");
		assertThat(figures.path("samples").asInt()).isEqualTo(150);
		assertThat(figures.path("varied")).hasSize(2);
		assertThat(figures.path("items").get(0).path("id").asText())
			.isEqualTo(new ObjectMapper().readTree(run.result()).path("recommendations").get(0).path("id").asText());
		assertThat(recorded.robustness().samples()).isEqualTo(150);

		ReplayResult replay = audit.replay(run.runId());
		assertThat(replay.differences()).isEmpty();
		assertThat(replay.identical()).isTrue();
		// a recorded robustness run is still explained from the assessment it stored
		assertThat(audit.why(run.runId(), "vawg")).isNotNull();
	}

	@Test
	void aRobustnessRunThatCannotBeSampledLeavesNoRecord() {
		Map<String, String> sources = new java.util.LinkedHashMap<>(rules.sources());
		String policy = sources.keySet().stream().filter(k -> k.endsWith("policy.yaml")).findFirst().orElseThrow();
		sources.put(policy, sources.get(policy).substring(0, sources.get(policy).indexOf("\nrobustness:")));
		RuleBase noRanges = RuleBase.fromSources(sources);

		assertThatThrownBy(() -> audit.run(robustnessRequest(KENT_2026, null, noRanges, RobustnessRequest.of(100, 1)),
				RobustnessAnalysis.Progress.NONE))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("robustness: missing");
		assertThat(audit.runs(10)).isEmpty();
	}

	@Test
	void aWhatIfRunIsRecordedWithItsChangesAndReplaysIdentically() throws Exception {
		JsonNode changes = new ObjectMapper().readTree("[{\"op\":\"unlink-plan\",\"priority\":\"pcp-vawg\",\"issue\":\"vawg\"}]");
		Recorded recorded = audit.run(request(KENT_2022, changes));
		assertThat(recorded.record().hasChanges()).isTrue();
		JsonNode result = new ObjectMapper().readTree(recorded.record().result());
		JsonNode vawg = find(result, "vawg");
		assertThat(vawg.path("outcome").asText()).isEqualTo("within-priority");

		ReplayResult replay = audit.replay(recorded.record().runId());
		assertThat(replay.identical()).isTrue();
	}

	@Test
	void aReplayThatDiffersIsReportedItemByItem() throws Exception {
		// a record whose result is not what its scenario and rules give, written whole (hashes and all), as an
		// engine that has since changed would have written it
		RunRequest request = request(KENT_2022, null);
		Recorded honest = audit.run(request);
		ObjectNode result = (ObjectNode) new ObjectMapper().readTree(honest.record().result());
		((ObjectNode) find(result, "road-safety")).put("outcome", "watch-list");
		RunRecord other = audit.store().append(new NewRun("test analyst", "cli", KENT_2022.toString(),
				honest.record().scenarioContent(), honest.record().scenarioFiles(), null, rules.sources(),
				honest.record().policy(), "an older engine", null, null, new ObjectMapper().writeValueAsString(result)));

		assertThat(audit.verify().intact()).isTrue();
		ReplayResult replay = audit.replay(other.runId());
		assertThat(replay.identical()).isFalse();
		assertThat(replay.recordedEngine()).isEqualTo("an older engine");
		assertThat(replay.differences()).containsExactly(new ReplayDifference("road-safety", "outcome", "watch-list", "priority"));
		assertThatThrownBy(() -> audit.why(other.runId(), "road-safety")).isInstanceOf(ReplayMismatchException.class)
			.hasMessageContaining(other.runId() + " no longer replays to its recorded result");
		assertThat(audit.why(honest.record().runId(), "road-safety").outcome()).isEqualTo("priority");
	}

	@Test
	void anEditedRecordIsNeitherReplayedNorExplained() throws Exception {
		RunRecord run = record(KENT_2022);
		RunRecord other = record(KENT_2026);
		// another run's scenario and result, with their own SHA-256 values: only the record's hash gives it away
		tamper("run_record", "update run_record set scenario_content = (select scenario_content from run_record where seq = 2), "
				+ "scenario_sha256 = '" + other.scenarioSha256() + "', result = (select result from run_record where seq = 2), "
				+ "result_sha256 = '" + other.resultSha256() + "' where seq = 1");

		assertThat(audit.verify().first().message()).startsWith("record 1 (run-1) was edited");
		assertThatThrownBy(() -> audit.replay(run.runId())).isInstanceOf(CorruptRecordException.class)
			.hasMessageContaining("run-1 was edited after it was recorded");
		assertThatThrownBy(() -> audit.why(run.runId(), "road-safety")).isInstanceOf(CorruptRecordException.class);
	}

	@Test
	void replayOfAnUnknownRunNamesTheRunsThereAre() {
		record(KENT_2022);
		assertThatThrownBy(() -> audit.replay("run-42")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("no recorded run 'run-42'").hasMessageContaining("[run-1]");
	}

	// ---- decisions ---------------------------------------------------------------------------------------------

	@Test
	void aDecisionThatDepartsFromTheEngineNeedsItsRationaleBodyAndDate() {
		record(KENT_2022);
		assertThatThrownBy(() -> audit.decide("run-1", "Road Safety", "watch-list", " ", "County working group", "2022-01-27", "chair"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("rationale: required: the adopted outcome watch-list departs from the engine's priority");
		assertThatThrownBy(() -> audit.decide("run-1", "Road Safety", "watch-list", "reason", "", "27/01/2022", "chair"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("decidingBody: missing")
			.hasMessageContaining("decidedOn: '27/01/2022' is not a date");
		assertThatThrownBy(() -> audit.decide("run-1", "Road Safty", "most-important", "r", "b", "2022-01-27", "chair"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("item: 'Road Safty' is not an item of run-1")
			.hasMessageContaining("adoptedOutcome: 'most-important' is not an outcome");
		assertThatThrownBy(() -> audit.decide("run-1", "Road Safety", "priority", "fine", "x".repeat(501), "2022-01-27", "chair"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("decidingBody: too long: 501 characters; at most 500");
		assertThatThrownBy(() -> audit.decide("run-1", "Road Safety", "watch-list", "a\u0000b", "b", "2022-01-27", "chair"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("rationale: contains a NUL character");
		assertThat(audit.verify().recordsChecked()).as("nothing written by refused decisions").isEqualTo(1);
	}

	@Test
	void decisionsAreRecordedBesideTheEnginesOutcome() {
		record(KENT_2022);
		DecisionRecord agreed = audit.decide("run-1", "domestic-abuse", "priority", null, "County working group", "2022-01-27", "chair");
		DecisionRecord departed = audit.decide("run-1", "Road Safety", "watch-list", "Led by the county road safety partnership",
				"Kent Community Safety Partnership", "2022-03-10", "secretary");

		assertThat(agreed.departs()).isFalse();
		assertThat(agreed.rationale()).isNull();
		assertThat(departed.departs()).isTrue();
		assertThat(departed.engineOutcome()).isEqualTo("priority");
		assertThat(audit.decisions("run-1")).containsExactly(agreed, departed);
		assertThat(audit.runs(5).get(0).decisions()).isEqualTo(2);
	}

	// ---- faults ------------------------------------------------------------------------------------------------

	@Test
	void aReadOnlyDatabaseStillAnswersButMarksTheRunNotRecorded() {
		record(KENT_2022);
		// the embedded database is opened once per process: let go of it so it opens again read-only
		audit.store().database().close();
		AuditService readOnly = AuditService.open(readOnly(audit.store().database().settings()));

		Recorded recorded = readOnly.run(request(KENT_2026, null));
		readOnly.store().database().close();
		assertThat(recorded.recorded()).isFalse();
		assertThat(recorded.assessment().recommendations()).isNotEmpty();
		assertThat(recorded.notRecordedReason()).containsIgnoringCase("read-only");
		Verification verification = audit.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(1);
	}

	static JsonNode find(JsonNode result, String id) {
		for (JsonNode item : result.path("recommendations")) {
			if (item.path("id").asText().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("no item " + id);
	}
}
