package org.csapriority.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.csapriority.audit.Anchor;
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

	@Option(names = "--anchor", paramLabel = "SEQ:HASH", description = "A head printed by an earlier verify and kept outside "
			+ "the database (e.g. in the minutes); the chain must still hold that record with that hash. Repeatable.")
	List<String> anchors = new ArrayList<>();

	@Override
	public Integer call() {
		Formats.check(format, "text", "json");
		List<Anchor> kept = anchors.stream().map(a -> Anchor.parse(a, "--anchor")).toList();
		Verification verification = db.open().verify(kept);
		PrintWriter out = spec.commandLine().getOut();
		if (format.equals("json")) {
			out.print(Formats.json(verification));
		}
		else if (verification.intact()) {
			out.printf("Audit trail intact: %d records checked, chain unbroken to record %d (%s)%n",
					verification.recordsChecked(), verification.lastSeq(), verification.database());
			out.printf("Head %s (keep it outside the database; verify --anchor %s checks it later)%n", verification.head(),
					verification.head());
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
