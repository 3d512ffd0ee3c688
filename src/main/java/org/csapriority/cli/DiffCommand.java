package org.csapriority.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.csapriority.report.Formats;
import org.csapriority.scenario.InputProblem;
import org.csapriority.whatif.WhatIfResult;
import org.csapriority.whatif.WhatIfService;

@Command(name = "diff", description = "Assess two scenarios (or saved variants) with the same rules and show what moves between them and why.")
class DiffCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "A", description = "First scenario or variant: the 'before'.")
	Path a;

	@Parameters(index = "1", paramLabel = "B", description = "Second scenario or variant: the 'after'.")
	Path b;

	@Option(names = "--scenarios", paramLabel = "FOLDER", description = "Folder a variant's baseline is named in (default: ${DEFAULT-VALUE}).",
			defaultValue = "scenarios")
	Path scenariosDir;

	@Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		WhatIfResult result = new WhatIfService(root.scenarios).diff(a, b, root.rules(), scenariosDir);
		spec.commandLine().getOut().print(Formats.whatIf(result, InputProblem.displayPath(b), format));
		return 0;
	}
}
