package org.csapriority.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.csapriority.report.ReportFile;
import org.csapriority.scenario.InputProblem;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a report goes: printed, or with --out written to a file that is replaced whole. */
class ReportOutput {

	@Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (replaced whole, never half-written) instead of printing it.")
	Path out;

	int deliver(CommandSpec spec, String report) throws IOException {
		if (out == null) {
			spec.commandLine().getOut().print(report);
			return 0;
		}
		ReportFile.write(out, report);
		spec.commandLine().getErr().println("wrote " + InputProblem.displayPath(out));
		spec.commandLine().getErr().flush();
		return 0;
	}
}
