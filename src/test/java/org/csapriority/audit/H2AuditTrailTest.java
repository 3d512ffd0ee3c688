package org.csapriority.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail on the embedded default database, a file under the data folder. */
class H2AuditTrailTest extends AuditTrailContract {

	@TempDir
	Path data;

	@Override
	AuditSettings freshDatabase() {
		return AuditSettings.embedded(data);
	}

	@Override
	void allowTampering(Statement sql, String table) throws SQLException {
		sql.execute("drop trigger if exists " + table + "_append_only");
		sql.execute("drop trigger if exists " + table + "_moves_forward");
	}

	@Override
	AuditSettings readOnly(AuditSettings settings) {
		return new AuditSettings(settings.url().replace(";AUTO_SERVER=TRUE", "") + ";ACCESS_MODE_DATA=r", settings.user(),
				settings.password());
	}

	@Test
	void theEmbeddedDatabaseIsAFileUnderTheDataFolder() {
		record(KENT_2022);
		assertThat(data.resolve("audit.mv.db")).isRegularFile();
	}

	@Test
	void aPasswordInTheUrlNeverReachesAMessage() {
		AuditService audit = AuditService.open(new AuditSettings("jdbc:h2:file:relative-not-allowed;PASSWORD=hunter2", "sa", "s3cret"));
		Recorded recorded = audit.run(request(KENT_2022, null));
		assertThat(recorded.recorded()).isFalse();
		assertThat(recorded.notRecordedReason()).doesNotContain("hunter2", "s3cret").contains("PASSWORD=***");
		audit.close();
	}

	@Test
	void anInMemoryDatabaseIsRefusedBecauseEverythingRecordedWouldBeLost() {
		AuditService audit = AuditService.open(new AuditSettings("jdbc:h2:mem:lost", "sa", ""));
		Recorded recorded = audit.run(request(KENT_2022, null));
		assertThat(recorded.recorded()).isFalse();
		assertThat(recorded.notRecordedReason()).contains("unsupported URL", "jdbc:h2:mem:");
	}

	@Test
	void anUnreachableDatabaseStillAnswersAndSaysWhyTheRunWasNotRecorded() {
		AuditService unreachable = AuditService.open(new AuditSettings("jdbc:postgresql://127.0.0.1:1/csa", "csa", "secret"));
		Recorded recorded = unreachable.run(request(KENT_2022, null));
		assertThat(recorded.recorded()).isFalse();
		assertThat(recorded.assessment().recommendations()).hasSizeGreaterThan(10);
		assertThat(recorded.notRecordedReason()).startsWith("audit database jdbc:postgresql://127.0.0.1:1/csa cannot be opened");
	}
}
