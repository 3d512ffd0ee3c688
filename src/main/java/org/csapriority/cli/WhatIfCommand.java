package org.csapriority.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.csapriority.report.Formats;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.Variant;
import org.csapriority.whatif.WhatIfResult;
import org.csapriority.whatif.WhatIfService;

@Command(name = "whatif", description = {
		"Apply changes to a copy of a scenario (or run a saved variant) and show what moves and why.",
		"The scenario file is never written. Changes apply in order: a variant's, a --changes file's, then each --change." })
class WhatIfCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Mixin
	ChangeOptions what;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON), or a saved variant (scenarios/variants/*.yaml).")
	Path scenario;

	@Option(names = "--save", paramLabel = "NAME", description = "Also save the changes as a named variant in <scenarios>/variants.")
	String saveAs;

	@Option(names = "--description", description = "Description of the variant saved with --save.")
	String description;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		WhatIfService service = new WhatIfService(root.scenarios);
		ChangeOptions.Request request = what.read(service, scenario);
		WhatIfResult result = service.run(request.baseline(), request.changes(), root.rules(), request.source());
		String report = Formats.whatIf(result, null, format);
		Variant variant = request.variant();
		if (variant != null && !"json".equals(format)) {
			spec.commandLine().getOut().println("Variant: " + variant.name()
					+ (variant.description() == null ? "" : System.lineSeparator() + variant.description()));
		}
		spec.commandLine().getOut().print(report);
		if (saveAs != null) {
			save(service, request.baseline(), request.changes());
		}
		return 0;
	}

	private void save(WhatIfService service, Path baseline, List<ScenarioChange> changes) {
		Path dir = what.scenariosDir.toAbsolutePath().normalize();
		Path file = baseline.toAbsolutePath().normalize();
		if (!file.startsWith(dir)) {
			throw new InvalidInputException(new InputProblem("--save", 0, null, InputProblem.displayPath(baseline)
					+ " is not in " + InputProblem.displayPath(what.scenariosDir) + ", so a variant cannot name it"));
		}
		String variantOf = dir.relativize(file).toString().replace('\\', '/');
		Path variants = what.scenariosDir.resolve("variants");
		service.saveVariant(variants, new Variant(variantOf, saveAs, description, changes));
		spec.commandLine().getErr().println("saved variant " + InputProblem.displayPath(
				variants.resolve(WhatIfService.variantFileName(saveAs))));
		spec.commandLine().getErr().flush();
	}
}
