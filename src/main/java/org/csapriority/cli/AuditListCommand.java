package org.csapriority.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.csapriority.audit.RunSummary;
import org.csapriority.report.Formats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "The recorded runs, latest first.")
class AuditListCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Option(names = "--limit", description = "At most this many runs (default: ${DEFAULT-VALUE}).", defaultValue = "50")
	int limit;

	@Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Formats.check(format, "text", "json");
		List<RunSummary> runs = db.open().runs(Math.max(limit, 1));
		var out = spec.commandLine().getOut();
		if (format.equals("json")) {
			out.println(Formats.json(runs));
			return 0;
		}
		if (runs.isEmpty()) {
			out.println("No runs recorded in " + db.settings().displayUrl());
			return 0;
		}
		out.printf("%-10s %-24s %-14s %-6s %-9s %s%n", "RUN", "RECORDED (UTC)", "BY", "FROM", "DECISIONS", "SCENARIO");
		for (RunSummary run : runs) {
			out.printf("%-10s %-24s %-14s %-6s %-9d %s%s%n", run.runId(), run.recordedAt(), run.recordedBy(), run.origin(),
					run.decisions(), run.scenarioName(), run.whatIf() ? " (with what-if changes)" : "");
		}
		return 0;
	}
}
