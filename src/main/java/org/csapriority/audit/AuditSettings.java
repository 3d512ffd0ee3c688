package org.csapriority.audit;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the audit trail is kept. By default an embedded H2 file under the data folder; a shared
 * PostgreSQL database through {@code csa.audit.url} (or {@code CSA_AUDIT_URL}) with its user and password.
 */
public record AuditSettings(String url, String user, String password) {

	public static final String URL_PROPERTY = "csa.audit.url";

	public static final String USER_PROPERTY = "csa.audit.user";

	public static final String PASSWORD_PROPERTY = "csa.audit.password";

	/**
	 * The embedded default. AUTO_SERVER lets {@code csa serve} and a command such as {@code csa audit verify}
	 * share the file at the same time; the server it starts for that listens on loopback only.
	 */
	public static AuditSettings embedded(Path dataDir) {
		String file = dataDir.toAbsolutePath().normalize().resolve("audit").toString().replace('\\', '/');
		return new AuditSettings("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "");
	}

	/**
	 * Settings from, in order: the given URL (a command-line option), system properties, the environment
	 * ({@code CSA_AUDIT_URL}, {@code CSA_AUDIT_USER}, {@code CSA_AUDIT_PASSWORD}), else the embedded default
	 * under {@code csa.data} (default {@code data}).
	 */
	public static AuditSettings resolve(String url, Map<String, String> env) {
		String chosen = first(url, System.getProperty(URL_PROPERTY), env.get("CSA_AUDIT_URL"));
		if (chosen == null) {
			return embedded(Path.of(first(System.getProperty("csa.data"), env.get("CSA_DATA"), "data")));
		}
		return of(chosen, first(System.getProperty(USER_PROPERTY), env.get("CSA_AUDIT_USER")),
				first(System.getProperty(PASSWORD_PROPERTY), env.get("CSA_AUDIT_PASSWORD")));
	}

	/**
	 * Settings for a URL, with the embedded default's user (sa) where an H2 URL names none, so that the file the
	 * commands and the server make by default opens whichever way it is named.
	 */
	public static AuditSettings of(String url, String user, String password) {
		String defaultUser = url.startsWith("jdbc:h2:") ? "sa" : "";
		return new AuditSettings(url, user == null || user.isBlank() ? defaultUser : user, password == null ? "" : password);
	}

	/** The URL as messages show it: never a password given in the URL itself. */
	public String displayUrl() {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	@Override
	public String toString() {
		return "AuditSettings[" + displayUrl() + ", user " + user + "]";
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}
}
