package org.csapriority.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.explain.Why;
import org.csapriority.explain.WhyReport;
import org.csapriority.explain.WhyService;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.whatif.Variant;
import org.csapriority.whatif.WhatIfService;

@Command(name = "why", description = {
		"Why an item has its outcome and why not another: its score by driver type, every rule and piece of evidence,",
		"the conditions that hold or fail and by how much, and the smallest change of input that flips it (found by",
		"running the engine on the changes a what-if can make, smallest first)." })
class WhyCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON), or a saved variant.")
	Path scenario;

	@Parameters(index = "1", paramLabel = "ITEM", description = "Item id, name or an alias of one of its issues.")
	String item;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		WhatIfService whatIf = new WhatIfService(root.scenarios);
		RuleBase rules = root.rules();
		Path baseline = scenario;
		ScenarioLoader.Loaded loaded;
		JsonNode tree;
		if (WhatIfService.isVariant(scenario)) {
			// a variant is its baseline with its changes: explained as whatif reads it, so its flips reproduce there too
			Variant variant = whatIf.loadVariant(scenario);
			baseline = whatIf.baselineOf(variant, scenario.toAbsolutePath().normalize().getParent().getParent());
			loaded = root.scenarios.loadWithTree(baseline);
			WhatIfService.Changed changed = whatIf.change(loaded.tree(), String.valueOf(baseline.getFileName()),
					variant.changes(), rules, InputProblem.displayPath(scenario));
			tree = changed.tree();
			rules = changed.rules();
		}
		else {
			loaded = root.scenarios.loadWithTree(scenario);
			tree = loaded.tree();
		}
		Scenario read = tree == loaded.tree() ? loaded.scenario() : root.scenarios.fromTree(InputProblem.displayPath(scenario), tree);
		Assessment assessment = AssessmentEngine.assess(read, rules);
		Recommendation found = ItemFinder.find(read, assessment, item);
		if (found == null) {
			throw new InvalidInputException(new InputProblem(scenario.toString(), 0, "ITEM",
					"no item matches '" + item + "'; items are " + assessment.recommendations().stream()
						.map(Recommendation::id).toList()));
		}
		Why why = new WhyService(whatIf).why(read, tree, rules, assessment, found.id());
		spec.commandLine().getOut().print(WhyReport.render(why, format, scenario.toString()));
		return 0;
	}
}
