package org.csapriority.cli;

import picocli.CommandLine.Command;

/** The audit trail's commands; each names the database it reads. */
@Command(name = "audit", description = "Recorded runs and decisions: list, show, verify the chain, replay a run, record a decision, report a run, explain an item of a run.",
		subcommands = { AuditListCommand.class, AuditShowCommand.class, AuditVerifyCommand.class,
				AuditReplayCommand.class, AuditDecideCommand.class, AuditReportCommand.class,
				AuditWhyCommand.class })
class AuditCommand {

	/** Exit code when the audit database cannot be used: the command says why. */
	static final int UNAVAILABLE = 3;

	/** Exit code when the audit trail is found broken, or a replay does not give the recorded result. */
	static final int FINDING = 4;
}
