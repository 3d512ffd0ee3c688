package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.cli.CliTest.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.cli.CliTest.Run;

/** The audit commands as a user runs them, against an embedded database of the test's own. */
class AuditCliTest {

	@TempDir
	Path data;

	String db;

	@BeforeEach
	void database() {
		db = "jdbc:h2:file:" + data.resolve("audit").toAbsolutePath();
	}

	@Test
	void aRecordedKentRunIsListedShownVerifiedAndReplayedIdentically() throws Exception {
		Run assess = run("assess", "scenarios/kent-2022-23.yaml", "--record", "--by", "analyst", "--db", db);
		assertThat(assess.exitCode()).as(assess.err()).isZero();
		assertThat(assess.out()).startsWith("Recorded as run-1 by analyst in " + db).contains("Priorities (8)");

		Run list = run("audit", "list", "--db", db);
		assertThat(list.out()).contains("run-1", "analyst", "cli", "scenarios/kent-2022-23.yaml");
		Run show = run("audit", "show", "run-1", "--db", db);
		assertThat(show.exitCode()).isZero();
		assertThat(show.out()).contains("Scenario: scenarios/kent-2022-23.yaml, SHA-256 ", "read from scenarios/kent/issues.yaml",
				"rules/decision.drl", "rules/policy.yaml", "Road Safety");
		assertThat(show.out()).contains("read from scenarios/kent-2022-23.yaml (SHA-256 "
				+ org.csapriority.engine.RuleBase.sha256(java.nio.file.Files.readString(Path.of("scenarios/kent-2022-23.yaml"))) + ")");
		Run verify = run("audit", "verify", "--db", db);
		assertThat(verify.exitCode()).isZero();
		assertThat(verify.out()).startsWith("Audit trail intact: 1 records checked").contains("Head 1:");
		String head = verify.out().replaceAll("(?s).*Head (1:[0-9a-f]{64}).*", "$1");
		assertThat(run("audit", "verify", "--anchor", head, "--db", db).exitCode()).isZero();
		Run wrongAnchor = run("audit", "verify", "--anchor", "1:" + "0".repeat(64), "--db", db);
		assertThat(wrongAnchor.exitCode()).isEqualTo(AuditCommand.FINDING);
		assertThat(wrongAnchor.out()).contains("is not the record anchored as 1:000");
		Run badAnchor = run("audit", "verify", "--anchor", "one", "--db", db);
		assertThat(badAnchor.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(badAnchor.err()).startsWith("error: --anchor: 'one' is not an anchor");
		Run replay = run("audit", "replay", "run-1", "--db", db);
		assertThat(replay.exitCode()).isZero();
		assertThat(replay.out()).startsWith("Replay of run-1: IDENTICAL.");
	}

	@Test
	void assessRecordAsJsonSaysWhichRun() throws Exception {
		Run assess = run("assess", "scenarios/kent-2026-27.yaml", "--record", "--format", "json", "--db", db);
		JsonNode json = new ObjectMapper().readTree(assess.out());
		assertThat(json.path("run").path("recorded").asBoolean()).isTrue();
		assertThat(json.path("run").path("runId").asText()).isEqualTo("run-1");
		assertThat(json.path("aims")).hasSize(3);
	}

	@Test
	void aDecisionIsRecordedOnlyWithItsRationaleWhenItDeparts() {
		run("assess", "scenarios/kent-2022-23.yaml", "--record", "--db", db);
		Run refused = run("audit", "decide", "run-1", "Road Safety", "--adopt", "watch-list", "--body", "County working group",
				"--date", "2022-01-27", "--db", db);
		assertThat(refused.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(refused.err()).startsWith("error: decision: rationale: required: the adopted outcome watch-list departs");

		Run decided = run("audit", "decide", "run-1", "Road Safety", "--adopt", "watch-list", "--body", "County working group",
				"--date", "2022-01-27", "--rationale", "Led by the county road safety partnership", "--by", "chair", "--db", db);
		assertThat(decided.exitCode()).as(decided.err()).isZero();
		assertThat(decided.out()).contains("decision-2", "Road Safety priority -> watch-list", "departs");
		assertThat(run("audit", "show", "run-1", "--db", db).out()).contains("watch-list  DEPARTS",
				"Rationale: Led by the county road safety partnership");
	}

	@Test
	void theReportOfARecordedRunCarriesItsProvenanceAndDecisions() throws Exception {
		run("assess", "scenarios/kent-2022-23.yaml", "--record", "--by", "analyst", "--db", db);
		run("audit", "decide", "run-1", "Road Safety", "--adopt", "watch-list", "--body", "County working group",
				"--date", "2022-01-27", "--rationale", "Led by the county road safety partnership", "--db", db);
		Path html = data.resolve("run-1.html");
		Run report = run("audit", "report", "run-1", "--out", html.toString(), "--db", db);
		assertThat(report.exitCode()).as(report.err()).isZero();
		String text = java.nio.file.Files.readString(html);
		assertThat(text).contains("run-1", "analyst", "Led by the county road safety partnership", "County working group",
				"rules/decision.drl").doesNotContain("was not recorded");
		Run markdown = run("audit", "report", "run-1", "--format", "md", "--db", db);
		assertThat(markdown.out()).contains("run-1", "| priority | watch list |", "Led by the county road safety partnership");
		Run bad = run("audit", "report", "run-1", "--format", "pdf", "--db", db);
		assertThat(bad.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
	}

	@Test
	void whyExplainsAnItemOfARecordedRunFromWhatItStoredAndRefusesAnEditedRecord() throws Exception {
		run("assess", "scenarios/kent-2022-23.yaml", "--record", "--db", db);
		Run why = run("audit", "why", "run-1", "Road Safety", "--db", db);
		assertThat(why.exitCode()).as(why.err()).isZero();
		assertThat(why.out()).contains("Road Safety (road-safety)", "Decided by: [DEC-006]", "Smallest change that flips it",
				"rules/decision.drl (version ", "Police Reform and Social Responsibility Act 2011, s10");

		try (Connection conn = DriverManager.getConnection(db, "sa", ""); Statement sql = conn.createStatement()) {
			sql.execute("drop trigger run_record_append_only");
			sql.executeUpdate("update run_record set result = replace(result, '\"rank\":8', '\"rank\":9') where run_id = 'run-1'");
		}
		Run refused = run("audit", "why", "run-1", "Road Safety", "--db", db);
		assertThat(refused.exitCode()).isEqualTo(AuditCommand.FINDING);
		assertThat(refused.err()).startsWith("error: audit record corrupted: run-1 was edited after it was recorded");
	}

	@Test
	void verifyExitsWithAFindingAndNamesTheEditedRecord() throws Exception {
		run("assess", "scenarios/kent-2022-23.yaml", "--record", "--db", db);
		run("assess", "scenarios/kent-2026-27.yaml", "--record", "--db", db);
		try (Connection conn = DriverManager.getConnection(db, "sa", ""); Statement sql = conn.createStatement()) {
			sql.execute("drop trigger run_record_append_only");
			sql.executeUpdate("update run_record set recorded_by = 'nobody' where run_id = 'run-1'");
		}
		Run verify = run("audit", "verify", "--db", db);
		assertThat(verify.exitCode()).isEqualTo(AuditCommand.FINDING);
		assertThat(verify.out()).contains("Audit trail BROKEN", "First: record 1 (run-1) was edited");
	}

	@Test
	void anUnreachableDatabaseStillPrintsTheAssessmentMarkedNotRecorded() {
		Run assess = run("assess", "scenarios/kent-2022-23.yaml", "--record", "--db", "jdbc:postgresql://127.0.0.1:1/csa");
		assertThat(assess.exitCode()).isEqualTo(AuditCommand.UNAVAILABLE);
		assertThat(assess.out()).startsWith("NOT RECORDED: audit database jdbc:postgresql://127.0.0.1:1/csa cannot be opened")
			.contains("Priorities (8)");
		assertThat(assess.err()).startsWith("error: the run was not recorded");
		assertThat(assess.err()).doesNotContain("Exception", "\tat ");

		Run inMemory = run("assess", "scenarios/kent-2022-23.yaml", "--record", "--db", "jdbc:h2:mem:lost");
		assertThat(inMemory.exitCode()).isEqualTo(AuditCommand.UNAVAILABLE);
		assertThat(inMemory.out()).startsWith("NOT RECORDED: audit database jdbc:h2:mem:lost: unsupported URL");

		Run unsupported = run("audit", "list", "--db", "jdbc:mysql://127.0.0.1/csa");
		assertThat(unsupported.exitCode()).isEqualTo(AuditCommand.UNAVAILABLE);
		assertThat(unsupported.err()).contains("unsupported URL");
	}

	@Test
	void replayOfAnUnknownRunIsBadInput() {
		Run replay = run("audit", "replay", "run-9", "--db", db);
		assertThat(replay.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(replay.err()).isEqualTo("error: RUN: no recorded run 'run-9'; nothing has been recorded in " + db + System.lineSeparator());
	}
}
