package org.csapriority.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.csapriority.engine.RuleInfo;

@Command(name = "rules", description = "List every rule with its id, file, statute and description.")
class RulesCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		for (RuleInfo rule : root.rules().catalogue()) {
			spec.commandLine().getOut().printf("%-9s %s%n          %s%n          file %s%s%n", rule.ruleId(), rule.name(), rule.description(),
					rule.file(), rule.statute() == null ? "" : "; statute " + rule.statute());
		}
		return 0;
	}
}
