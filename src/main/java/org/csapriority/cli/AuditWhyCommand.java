package org.csapriority.cli;

import java.util.concurrent.Callable;

import org.csapriority.explain.WhyReport;
import org.csapriority.report.Formats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "why", description = "Why an item of a recorded run has its outcome, which conditions failed and by how much, "
		+ "and the smallest change that flips it, from the run's stored scenario and rules.")
class AuditWhyCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "RUN", description = "Run id, e.g. run-3.")
	String runId;

	@Parameters(index = "1", paramLabel = "ITEM", description = "Item id, name or an alias of one of its issues.")
	String item;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Formats.check(format, "text", "json", "md");
		spec.commandLine().getOut().print(WhyReport.render(db.open().why(runId, item), format, null));
		return 0;
	}
}
