package org.csapriority.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.audit.AuditService;
import org.csapriority.audit.DecisionRecord;
import org.csapriority.audit.RunRecord;
import org.csapriority.report.Formats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "One recorded run: its provenance, the engine's outcome per item and the decisions taken against it.")
class AuditShowCommand implements Callable<Integer> {

	@Mixin
	AuditOptions db;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "RUN", description = "Run id, e.g. run-3.")
	String runId;

	@Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}); json includes the stored result.",
			defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		Formats.check(format, "text", "json");
		AuditService audit = db.open();
		RunRecord run = audit.run(runId);
		List<DecisionRecord> decisions = audit.decisions(runId);
		JsonNode result = AuditService.parse(run.result(), runId + " result");
		PrintWriter out = spec.commandLine().getOut();
		if (format.equals("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("runId", run.runId());
			json.put("seq", run.seq());
			json.put("recordedAt", run.recordedAt().toString());
			json.put("recordedBy", run.recordedBy());
			json.put("origin", run.origin());
			json.put("scenario", run.scenarioName());
			json.put("scenarioSha256", run.scenarioSha256());
			json.put("scenarioFiles", new TreeMap<>(run.scenarioFiles()));
			json.put("changes", run.hasChanges() ? AuditService.parse(run.changes(), runId + " changes") : null);
			json.put("ruleFiles", new TreeMap<>(run.ruleFiles()));
			json.put("policy", AuditService.parse(run.policy(), runId + " policy"));
			json.put("engineVersion", run.engineVersion());
			json.put("randomSeed", run.randomSeed());
			json.put("samples", run.samples());
			json.put("recordHash", run.recordHash());
			json.put("decisions", decisions);
			json.put("result", result);
			out.print(Formats.json(json));
			return 0;
		}
		out.printf("Run %s (record %d), recorded %s by %s from the %s%n", run.runId(), run.seq(), run.recordedAt(),
				run.recordedBy(), run.origin().equals("web") ? "web page" : "command line");
		out.printf("Scenario: %s, SHA-256 %s%n", run.scenarioName(), run.scenarioSha256());
		new TreeMap<>(run.scenarioFiles()).forEach((file, sha) -> out.printf("  read from %s (SHA-256 %s)%n", file, sha));
		if (run.hasChanges()) {
			out.println("What-if changes: " + run.changes());
		}
		out.println("Engine " + run.engineVersion() + "; rule files:");
		new TreeMap<>(run.ruleFiles()).forEach((file, sha) -> out.printf("  %-36s %s%n", file, sha));
		out.println("Record hash " + run.recordHash() + " (after " + run.prevHash() + ")");
		Map<String, String> keeps = new LinkedHashMap<>();
		if (run.samples() != null) {
			out.printf(java.util.Locale.ROOT, "Robustness run: %,d samples, seed %d, varying %s; audit replay draws them again%n", run.samples(),
					run.randomSeed(), result.path("robustness").path("varied"));
			result.path("robustness").path("items").forEach(item -> keeps.put(item.path("id").asText(),
					Math.round(item.path("baselineShare").asDouble() * 1000) / 10.0 + "% " + item.path("label").asText()));
		}
		out.println();
		Map<String, DecisionRecord> latest = new LinkedHashMap<>();
		decisions.forEach(d -> latest.put(d.itemId(), d));
		String row = keeps.isEmpty() ? "%-48s %-22s %s%n" : "%-48s %-22s %-22s %s%n";
		out.printf(row, keeps.isEmpty() ? new Object[] { "ITEM", "ENGINE", "ADOPTED" }
				: new Object[] { "ITEM", "ENGINE", "KEEPS IT", "ADOPTED" });
		for (JsonNode item : result.path("recommendations")) {
			DecisionRecord decision = latest.get(item.path("id").asText());
			String adopted = decision == null ? "-" : decision.adoptedOutcome() + (decision.departs() ? "  DEPARTS" : "");
			String name = item.path("name").asText();
			String outcome = item.path("outcome").asText();
			out.printf(row, keeps.isEmpty() ? new Object[] { name, outcome, adopted }
					: new Object[] { name, outcome, keeps.getOrDefault(item.path("id").asText(), "-"), adopted });
		}
		if (!decisions.isEmpty()) {
			out.println();
			out.println("Decisions:");
			for (DecisionRecord d : decisions) {
				out.printf("  %s %s: %s -> %s by %s on %s (recorded by %s)%n", d.decisionId(), d.itemName(), d.engineOutcome(),
						d.adoptedOutcome(), d.decidingBody(), d.decidedOn(), d.recordedBy());
				if (d.rationale() != null) {
					out.println("    Rationale: " + d.rationale());
				}
			}
		}
		return 0;
	}
}
