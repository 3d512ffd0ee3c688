package org.csapriority.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.csapriority.audit.Recorded;
import org.csapriority.audit.RunRequest;
import org.csapriority.engine.RuleBase;
import org.csapriority.report.Formats;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.RobustnessResult;
import org.csapriority.sensitivity.RobustnessText;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.WhatIfService;

@Command(name = "robustness", description = {
		"How far each recommendation survives plausible variation of its inputs: threat/risk/harm scores drawn by their",
		"confidence, districts resampled, weights and thresholds drawn within the policy's ranges. Each sample is",
		"re-assessed by the engine; prints per item the share of samples keeping its outcome (stable, contested or",
		"fragile), its rank range, Kendall's tau against the stated ranking and what the unstable items hinge on." })
class RobustnessCommand implements Callable<Integer> {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON), or a saved variant.")
	Path scenario;

	@Mixin
	RobustnessOptions options;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Option(names = "--no-progress", description = "No progress bar (it is shown only on a terminal anyway).")
	boolean noProgress;

	@Option(names = "--record", description = "Record the run, with its seed, sample count and figures, in the audit trail.")
	boolean record;

	@Option(names = "--by", description = "Who the record names (default: the account running the command).")
	String by;

	@Mixin
	AuditOptions db;

	@Mixin
	ChangeOptions changeOptions;

	@Override
	public Integer call() throws Exception {
		Formats.check(format, "text", "json", "md");
		RobustnessRequest request = options.request();
		int workers = options.threads();
		WhatIfService whatIf = new WhatIfService(root.scenarios);
		ChangeOptions.Request changes = changeOptions.read(whatIf, scenario);
		RuleBase rules = root.rules();
		ScenarioLoader.Loaded loaded = root.scenarios.loadWithTree(changes.baseline());
		PrintWriter err = spec.commandLine().getErr();
		long started = System.nanoTime();
		RobustnessResult result;
		Recorded recorded = null;
		try (Bar bar = new Bar(!noProgress && System.console() != null, request.samples())) {
			if (record) {
				// written as the list type, so that each change keeps its op
				JsonNode changeList = changes.changes().isEmpty() ? null : JSON.readTree(JSON
					.writerFor(new com.fasterxml.jackson.core.type.TypeReference<List<ScenarioChange>>() {
					}).writeValueAsString(changes.changes()));
				recorded = db.open().run(RunRequest.of(InputProblem.displayPath(changes.baseline()), loaded,
						InputProblem::displayPath, changeList, rules, by != null ? by : AuditOptions.defaultUser(), "cli", request),
						bar::step, workers);
				result = recorded.robustness();
			}
			else {
				Scenario read = loaded.scenario();
				if (!changes.changes().isEmpty()) {
					WhatIfService.Changed changed = whatIf.change(loaded.tree(), String.valueOf(changes.baseline().getFileName()),
							changes.changes(), rules, changes.source());
					rules = changed.rules();
					read = root.scenarios.fromTree(InputProblem.displayPath(scenario) + " with what-if changes", changed.tree());
				}
				result = RobustnessAnalysis.run(read, rules, request, workers, bar::step);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		PrintWriter out = spec.commandLine().getOut();
		String mark = recorded == null ? null : recorded.recorded()
				? "Recorded as " + recorded.record().runId() + " by " + recorded.record().recordedBy() + " in "
						+ db.settings().displayUrl() + " (seed " + request.seed() + ", " + request.samples() + " samples)"
				: "NOT RECORDED: " + recorded.notRecordedReason();
		switch (format) {
			case "json" -> {
				ObjectNode json = (ObjectNode) JSON.readTree(Formats.json(result));
				if (recorded != null) {
					ObjectNode run = json.putObject("run");
					run.put("recorded", recorded.recorded());
					run.put("runId", recorded.recorded() ? recorded.record().runId() : null);
					run.put("notRecordedReason", recorded.notRecordedReason());
				}
				out.print(Formats.json(json));
			}
			case "md" -> out.print((mark == null ? "" : "> " + mark + "\n\n") + RobustnessText.markdown(result));
			default -> out.print((mark == null ? "" : mark + "\n\n") + RobustnessText.text(result));
		}
		err.printf(java.util.Locale.ROOT, "%d samples in %.1f s on %d threads (seed %d)%n", request.samples(), seconds,
				workers, request.seed());
		if (recorded != null && !recorded.recorded()) {
			err.println("error: the run was not recorded: " + recorded.notRecordedReason());
			return AuditCommand.UNAVAILABLE;
		}
		return 0;
	}

	/** The progress bar on standard error; nothing at all when it is off or the output is not a terminal. */
	private static final class Bar implements AutoCloseable {

		private final ProgressBar bar;

		Bar(boolean shown, int total) {
			bar = shown ? new ProgressBarBuilder().setTaskName("Sampling").setInitialMax(total).setUpdateIntervalMillis(200)
				.setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build() : null;
		}

		private int shown;

		/** Threads report out of order; the bar only moves forward. */
		synchronized void step(int done, int total) {
			if (bar != null && done > shown) {
				shown = done;
				bar.stepTo(done);
			}
		}

		@Override
		public void close() {
			if (bar != null) {
				bar.close();
			}
		}
	}
}
