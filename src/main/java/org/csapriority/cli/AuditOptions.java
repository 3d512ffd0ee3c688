package org.csapriority.cli;

import org.csapriority.audit.AuditService;
import org.csapriority.audit.AuditSettings;

import picocli.CommandLine.Option;

/** Which audit database a command uses: the option, else csa.audit.url / CSA_AUDIT_URL, else the embedded file. */
class AuditOptions {

	@Option(names = "--db", paramLabel = "JDBC-URL", description = "Audit database (default: the embedded file data/audit, "
			+ "or csa.audit.url / CSA_AUDIT_URL; user and password from CSA_AUDIT_USER / CSA_AUDIT_PASSWORD).")
	String url;

	AuditSettings settings() {
		return AuditSettings.resolve(url, System.getenv());
	}

	AuditService open() {
		return AuditService.open(settings());
	}

	/** Who a record names when the command line does not say: the account running the command. */
	static String defaultUser() {
		String user = System.getenv("USER");
		return user != null && !user.isBlank() ? user : System.getProperty("user.name", "unknown");
	}
}
