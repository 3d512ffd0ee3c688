package org.csapriority.audit;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Connections to the audit database, from a small pool opened on first use, with the schema brought up to
 * date by Flyway once per process. The embedded and the PostgreSQL schema differ only in how each database
 * refuses changes to a record.
 */
public final class AuditDatabase implements AutoCloseable {

	private static final long CONNECT_TIMEOUT_MS = 3000;

	private final AuditSettings settings;

	private final String vendor;

	private volatile HikariDataSource pool;

	public AuditDatabase(AuditSettings settings) {
		this.settings = settings;
		if (settings.url().startsWith("jdbc:h2:file:") || settings.url().startsWith("jdbc:h2:tcp:")) {
			vendor = "h2";
			// H2's AUTO_SERVER listens for other local processes; keep it on loopback like every server here
			System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
		}
		else if (settings.url().startsWith("jdbc:postgresql:")) {
			vendor = "postgresql";
		}
		else {
			// refused when first used, so that a command or server still answers and says why nothing was recorded
			vendor = null;
		}
	}

	public AuditSettings settings() {
		return settings;
	}

	/** An open connection to an up-to-date schema; the caller closes it, which returns it to the pool. */
	public Connection connect() {
		HikariDataSource ready = pool();
		try {
			return ready.getConnection();
		}
		catch (SQLException ex) {
			throw new AuditUnavailableException("audit database " + settings.displayUrl() + " cannot be opened: "
					+ reason(ex), ex);
		}
	}

	/** Closes the pool's connections; a later use opens it again. */
	@Override
	public synchronized void close() {
		HikariDataSource open = pool;
		pool = null;
		if (open != null) {
			open.close();
		}
	}

	private HikariDataSource pool() {
		HikariDataSource ready = pool;
		if (ready != null) {
			return ready;
		}
		synchronized (this) {
			if (pool == null) {
				pool = migrated(open());
			}
			return pool;
		}
	}

	private HikariDataSource open() {
		if (vendor == null) {
			throw new AuditUnavailableException("audit database " + settings.displayUrl()
					+ ": unsupported URL; use jdbc:h2:file:... (a file, not jdbc:h2:mem:, which would be lost) or "
					+ "jdbc:postgresql://host:port/database", null);
		}
		try {
			return pool(settings);
		}
		catch (RuntimeException ex) {
			throw new AuditUnavailableException("audit database " + settings.displayUrl() + " cannot be opened: " + reason(ex), ex);
		}
	}

	private static HikariDataSource pool(AuditSettings settings) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(settings.url());
		config.setUsername(settings.user());
		config.setPassword(settings.password());
		config.setPoolName("csa-audit");
		config.setMaximumPoolSize(4);
		config.setMinimumIdle(0);
		config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
		// no connection at start: a database that is down is reported when a record is first asked of it
		config.setInitializationFailTimeout(-1);
		return new HikariDataSource(config);
	}

	private HikariDataSource migrated(HikariDataSource source) {
		try (Connection probe = source.getConnection()) {
			if (probe.isReadOnly()) {
				throw new AuditUnavailableException("audit database " + settings.displayUrl() + " is read-only", null);
			}
		}
		catch (SQLException ex) {
			source.close();
			throw new AuditUnavailableException("audit database " + settings.displayUrl() + " cannot be opened: "
					+ reason(ex), ex);
		}
		catch (AuditUnavailableException ex) {
			source.close();
			throw ex;
		}
		try {
			Flyway.configure().dataSource(source).locations("classpath:db/audit/" + vendor).load().migrate();
		}
		catch (FlywayException ex) {
			source.close();
			throw new AuditUnavailableException("audit database " + settings.displayUrl()
					+ ": its schema cannot be brought up to date: " + reason(ex), ex);
		}
		return source;
	}

	/**
	 * Why something failed, in one line, without the password: drivers repeat the URL they were given, and a
	 * password may be in it.
	 */
	String reason(Throwable ex) {
		String line = firstLine(rootMessage(ex)).replace(settings.url(), settings.displayUrl());
		if (settings.password() != null && !settings.password().isEmpty()) {
			line = line.replace(settings.password(), "***");
		}
		return line.replaceAll("(?i)(password=)[^&;\\s\"]*", "$1***");
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
