package org.csapriority.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.csapriority.audit.ChainProblem;
import org.csapriority.audit.Verification;
import org.csapriority.report.Formats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = "Check the whole hash chain; name the first record edited, deleted or reordered.")
class AuditVerifyCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Formats.check(format, "text", "json");
		Verification verification = db.open().verify();
		PrintWriter out = spec.commandLine().getOut();
		if (format.equals("json")) {
			out.print(Formats.json(verification));
		}
		else if (verification.intact()) {
			out.printf("Audit trail intact: %d records checked, chain unbroken to record %d (%s)%n",
					verification.recordsChecked(), verification.lastSeq(), verification.database());
		}
		else {
			out.printf("Audit trail BROKEN: %d records checked (%s)%n", verification.recordsChecked(), verification.database());
			out.println("First: " + verification.first().message());
			for (ChainProblem problem : verification.problems()) {
				out.println("  - " + problem.message());
			}
		}
		return verification.intact() ? 0 : AuditCommand.FINDING;
	}
}
