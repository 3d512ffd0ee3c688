package org.csapriority.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The audit trail on a real PostgreSQL server, given by {@code CSA_TEST_POSTGRES_URL} (with
 * {@code CSA_TEST_POSTGRES_USER} and {@code CSA_TEST_POSTGRES_PASSWORD}); CI installs and starts one on
 * loopback. Each test gets a schema of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "CSA_TEST_POSTGRES_URL", matches = "jdbc:postgresql://(127\\.0\\.0\\.1|localhost)[:/].*")
class PostgresAuditTrailTest extends AuditTrailContract {

	private static final AtomicInteger SCHEMAS = new AtomicInteger();

	private String schema;

	private static String url() {
		return System.getenv("CSA_TEST_POSTGRES_URL");
	}

	private static String user() {
		return System.getenv().getOrDefault("CSA_TEST_POSTGRES_USER", "csa");
	}

	private static String password() {
		return System.getenv().getOrDefault("CSA_TEST_POSTGRES_PASSWORD", "");
	}

	@Override
	AuditSettings freshDatabase() throws SQLException {
		schema = "audit_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
		try (Connection conn = DriverManager.getConnection(url(), user(), password());
				Statement sql = conn.createStatement()) {
			sql.execute("create schema " + schema);
		}
		return new AuditSettings(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password());
	}

	@AfterEach
	void dropSchema() throws SQLException {
		audit.store().database().close();
		try (Connection conn = DriverManager.getConnection(url(), user(), password());
				Statement sql = conn.createStatement()) {
			sql.execute("drop schema if exists " + schema + " cascade");
		}
	}

	@Override
	void allowTampering(Statement sql, String table) throws SQLException {
		sql.execute("alter table " + table + " disable trigger user");
	}

	@Override
	AuditSettings readOnly(AuditSettings settings) {
		return new AuditSettings(settings.url() + "&options=-c%20default_transaction_read_only%3Don", settings.user(),
				settings.password());
	}
}
