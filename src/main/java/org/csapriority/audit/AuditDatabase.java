package org.csapriority.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Connections to the audit database, with its schema brought up to date by Flyway once per process. The
 * embedded and the PostgreSQL schema differ only in how each database refuses changes to a record.
 */
public final class AuditDatabase {

	private final AuditSettings settings;

	private final String vendor;

	private volatile boolean migrated;

	public AuditDatabase(AuditSettings settings) {
		this.settings = settings;
		if (settings.url().startsWith("jdbc:h2:")) {
			vendor = "h2";
		}
		else if (settings.url().startsWith("jdbc:postgresql:")) {
			vendor = "postgresql";
		}
		else {
			// refused when first used, so that a command or server still answers and says why nothing was recorded
			vendor = null;
		}
		if ("h2".equals(vendor)) {
			// H2's AUTO_SERVER listens for other local processes; keep it on loopback like every server here
			System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
		}
	}

	public AuditSettings settings() {
		return settings;
	}

	public String vendor() {
		return vendor;
	}

	/** An open connection to an up-to-date schema; the caller closes it. */
	public Connection connect() {
		migrate();
		return open();
	}

	private Connection open() {
		if (vendor == null) {
			throw new AuditUnavailableException("audit database " + settings.displayUrl()
					+ ": unsupported URL; use jdbc:h2:file:... or jdbc:postgresql://host:port/database", null);
		}
		try {
			return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
		}
		catch (SQLException ex) {
			throw new AuditUnavailableException("audit database " + settings.displayUrl() + " cannot be opened: "
					+ firstLine(ex.getMessage()), ex);
		}
	}

	private void migrate() {
		if (migrated) {
			return;
		}
		synchronized (this) {
			if (migrated) {
				return;
			}
			try (Connection probe = open()) {
				if (probe.isReadOnly()) {
					throw new AuditUnavailableException("audit database " + settings.displayUrl() + " is read-only", null);
				}
			}
			catch (SQLException ex) {
				throw new AuditUnavailableException("audit database " + settings.displayUrl() + ": " + firstLine(ex.getMessage()), ex);
			}
			try {
				Flyway.configure()
					.dataSource(settings.url(), settings.user(), settings.password())
					.locations("classpath:db/audit/" + vendor)
					.connectRetries(0)
					.load()
					.migrate();
			}
			catch (FlywayException ex) {
				throw new AuditUnavailableException("audit database " + settings.displayUrl()
						+ ": its schema cannot be brought up to date: " + firstLine(rootMessage(ex)), ex);
			}
			migrated = true;
		}
	}

	static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		String line = message.strip().lines().findFirst().orElse(message).strip();
		return line.length() > 300 ? line.substring(0, 300) + "..." : line;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : ex.getMessage();
	}
}
