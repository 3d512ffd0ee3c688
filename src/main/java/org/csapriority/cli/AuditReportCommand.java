package org.csapriority.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.csapriority.report.Formats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "The report of a recorded run, from what it stored, with its provenance and decisions.")
class AuditReportCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "RUN", description = "Run id, e.g. run-3.")
	String runId;

	@Option(names = "--format", description = "html (one file with its charts), md, or appendices (default: ${DEFAULT-VALUE}).",
			defaultValue = "html")
	String format;

	@Mixin
	ReportOutput output;

	@Override
	public Integer call() throws IOException {
		Formats.check(format, "html", "md", "appendices");
		return output.deliver(spec, db.open().report(runId, format));
	}
}
