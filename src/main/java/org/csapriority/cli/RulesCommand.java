package org.csapriority.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.csapriority.engine.RuleInfo;

@Command(name = "rules", description = "List every rule with its id, file, statute and description.")
class RulesCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Option(names = "--format", description = "text or md (default: ${DEFAULT-VALUE}).", defaultValue = "text")
	String format;

	@Override
	public Integer call() {
		if ("md".equals(format)) {
			spec.commandLine().getOut().println("| Id | Rule | File | Statute | What it means |");
			spec.commandLine().getOut().println("|---|---|---|---|---|");
			for (RuleInfo rule : root.rules().catalogue()) {
				spec.commandLine().getOut().printf("| %s | %s | %s | %s | %s |%n", rule.ruleId(), rule.name(),
						rule.file().substring(rule.file().lastIndexOf('/') + 1), rule.statute() == null ? "" : rule.statute(),
						rule.description());
			}
			return 0;
		}
		for (RuleInfo rule : root.rules().catalogue()) {
			spec.commandLine().getOut().printf("%-9s %s%n          %s%n          file %s%s%n", rule.ruleId(), rule.name(), rule.description(),
					rule.file(), rule.statute() == null ? "" : "; statute " + rule.statute());
		}
		return 0;
	}
}
