package org.csapriority.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.commons.statistics.descriptive.Quantile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.csapriority.audit.AuditService;
import org.csapriority.audit.AuditUnavailableException;
import org.csapriority.audit.RunRequest;
import org.csapriority.audit.Verification;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;
import org.csapriority.whatif.WhatIfService;

/**
 * Times warm assessments of one scenario with the full rulebook or, given changes or a variant, warm what-ifs
 * as the working group asks them: apply the changes to a copy, validate, assess baseline and variant, diff.
 * Each run is timed on its own after a warm-up, and the percentiles are read with a fixed estimation method.
 */
@Command(name = "bench", description = { "Time warm assessments of a scenario and report p50, p90 and p99 latency.",
		"With --change, --changes or a variant, time whole what-ifs (apply, validate, assess both, diff) instead." })
class BenchCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Mixin
	ChangeOptions what;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON), or a saved variant.")
	Path scenario;

	@Option(names = "--warmup", description = "Assessments before timing starts (default: ${DEFAULT-VALUE}).",
			defaultValue = "5000")
	int warmup;

	@Option(names = "--iterations", description = "Timed assessments (default: ${DEFAULT-VALUE}).", defaultValue = "20000")
	int iterations;

	@Option(names = "--record", description = "Time assess-and-record into the audit trail (--db; a scratch database is best), "
			+ "then time one verify of the whole trail.")
	boolean record;

	@Mixin
	AuditOptions db;

	@Override
	public Integer call() {
		if (warmup < 0 || iterations < 1 || iterations > 10_000_000) {
			throw new InvalidInputException(new InputProblem("--iterations", 0, null,
					"iterations must be 1 to 10000000 and warmup at least 0"));
		}
		RuleBase rules = root.rules();
		WhatIfService service = new WhatIfService(root.scenarios);
		ChangeOptions.Request request = what.read(service, scenario);
		boolean whatIf = request.variant() != null || !request.changes().isEmpty();
		Runnable once;
		if (whatIf) {
			once = () -> service.run(request.baseline(), request.changes(), rules, request.source());
		}
		else if (record) {
			AuditService audit = db.open();
			RunRequest run = Recording.request(root.scenarios, scenario, rules, "bench");
			once = () -> {
				if (!audit.run(run).recorded()) {
					throw new AuditUnavailableException("bench: the run was not recorded in " + db.settings().displayUrl(), null);
				}
			};
		}
		else {
			Scenario loaded = root.scenarios.load(scenario);
			once = () -> AssessmentEngine.assess(loaded, rules);
		}
		// a change that does not fit the scenario is reported before any timing starts
		once.run();
		for (int i = 0; i < warmup; i++) {
			once.run();
		}
		double[] micros = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			once.run();
			micros[i] = (System.nanoTime() - start) / 1000.0;
		}
		double[] p = Quantile.withDefaults().with(Quantile.EstimationMethod.HF6).evaluate(micros, 0.5, 0.9, 0.99);
		spec.commandLine().getOut().printf("%s: %d warm %s after %d warm-up, %d rules, %d processors, Java %s%n", scenario,
				iterations, whatIf ? "what-ifs of " + request.changes().size() + " changes (apply, validate, assess both, diff)"
						: record ? "assessments, each recorded," : "assessments", warmup, rules.catalogue().size(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		spec.commandLine().getOut().printf("p50 %.3f ms   p90 %.3f ms   p99 %.3f ms%n", p[0] / 1000, p[1] / 1000, p[2] / 1000);
		if (record && !whatIf) {
			long start = System.nanoTime();
			Verification verification = db.open().verify();
			spec.commandLine().getOut().printf("recorded and assessed (not what-ifs); verify of %d records: %.0f ms, %s%n",
					verification.recordsChecked(), (System.nanoTime() - start) / 1e6, verification.intact() ? "intact" : "BROKEN");
		}
		return 0;
	}
}
