package org.csapriority.cli;

import java.util.concurrent.Callable;

import org.csapriority.audit.DecisionRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decide", description = "Record the outcome the partnership adopted for one item of a run. "
		+ "Departing from the engine's outcome needs a rationale.")
class AuditDecideCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "RUN", description = "Run id, e.g. run-3.")
	String runId;

	@Parameters(index = "1", paramLabel = "ITEM", description = "Item id or name as the run lists it.")
	String item;

	@Option(names = "--adopt", required = true, paramLabel = "OUTCOME",
			description = "The adopted outcome: priority, cross-cutting-theme, focus-area, within-priority, review, watch-list, not-prioritised.")
	String adopted;

	@Option(names = "--body", required = true, description = "The body that took the decision, e.g. \"Kent CSP Working Group\".")
	String body;

	@Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The date of the decision.")
	String date;

	@Option(names = "--rationale", description = "The grounds; required when the adopted outcome departs from the engine's.")
	String rationale;

	@Option(names = "--by", description = "Who records it (default: the account running the command).")
	String by;

	@Override
	public Integer call() {
		DecisionRecord decision = db.open().decide(runId, item, adopted, rationale, body, date,
				by != null ? by : AuditOptions.defaultUser());
		spec.commandLine().getOut().printf("Recorded %s (record %d) against %s: %s %s -> %s%s%n", decision.decisionId(),
				decision.seq(), decision.runId(), decision.itemName(), decision.engineOutcome(), decision.adoptedOutcome(),
				decision.departs() ? " (departs from the engine, rationale recorded)" : " (as the engine recommended)");
		return 0;
	}
}
