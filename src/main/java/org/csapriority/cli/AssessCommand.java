package org.csapriority.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.audit.AuditService;
import org.csapriority.audit.Recorded;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleBase;
import org.csapriority.report.Formats;

@Command(name = "assess", description = "Assess a scenario and print the recommended priorities or aims with reasons.")
class AssessCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
	Path scenario;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Option(names = "--record", description = "Record the run in the audit trail (scenario, rules, policy, engine and result).")
	boolean record;

	@Option(names = "--by", description = "Who the record names (default: the account running the command).")
	String by;

	@Mixin
	AuditOptions db;

	@Override
	public Integer call() throws Exception {
		Formats.check(format, "text", "json", "md");
		if (!record) {
			Assessment assessment = AssessmentEngine.assess(root.scenarios.load(scenario), root.rules());
			spec.commandLine().getOut().print(Formats.render(assessment, format));
			return 0;
		}
		RuleBase rules = root.rules();
		Recorded recorded = db.open()
			.run(Recording.request(root.scenarios, scenario, rules, by != null ? by : AuditOptions.defaultUser()));
		String mark = recorded.recorded()
				? "Recorded as " + recorded.record().runId() + " by " + recorded.record().recordedBy() + " in "
						+ db.settings().displayUrl() + " (record hash " + recorded.record().recordHash().substring(0, 12) + ")"
				: "NOT RECORDED: " + recorded.notRecordedReason();
		PrintWriter out = spec.commandLine().getOut();
		if (format.equals("json")) {
			ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Formats.json(recorded.assessment()));
			ObjectNode runNode = json.putObject("run");
			runNode.put("recorded", recorded.recorded());
			runNode.put("runId", recorded.recorded() ? recorded.record().runId() : null);
			runNode.put("notRecordedReason", recorded.notRecordedReason());
			out.print(Formats.json(json));
		}
		else {
			out.println(format.equals("md") ? "> " + mark + "\n" : mark + "\n");
			out.print(Formats.render(recorded.assessment(), format));
		}
		if (!recorded.recorded()) {
			spec.commandLine().getErr().println("error: the run was not recorded: " + recorded.notRecordedReason());
			return AuditCommand.UNAVAILABLE;
		}
		return 0;
	}
}
