package org.csapriority.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.csapriority.audit.ReplayDifference;
import org.csapriority.audit.ReplayResult;
import org.csapriority.report.Formats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", description = "Re-run a recorded run with its stored scenario and rules; say whether the result is identical.")
class AuditReplayCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "RUN", description = "Run id, e.g. run-3.")
	String runId;

	@Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Formats.check(format, "text", "json");
		ReplayResult replay = db.open().replay(runId);
		PrintWriter out = spec.commandLine().getOut();
		if (format.equals("json")) {
			out.print(Formats.json(replay));
		}
		else if (replay.identical()) {
			out.printf("Replay of %s: IDENTICAL. Result SHA-256 %s, recorded with engine %s, replayed with %s.%n",
					replay.runId(), replay.replayedResultSha256(), replay.recordedEngine(), replay.replayEngine());
		}
		else {
			out.printf("Replay of %s: DIFFERENT. Recorded result SHA-256 %s, replayed %s (engine %s, now %s).%n",
					replay.runId(), replay.recordedResultSha256(), replay.replayedResultSha256(), replay.recordedEngine(),
					replay.replayEngine());
			for (ReplayDifference difference : replay.differences()) {
				out.println("  - " + difference);
			}
		}
		return replay.identical() ? 0 : AuditCommand.FINDING;
	}
}
