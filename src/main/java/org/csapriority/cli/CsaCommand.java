package org.csapriority.cli;

import java.io.PrintWriter;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.csapriority.audit.AuditUnavailableException;
import org.csapriority.audit.CorruptRecordException;
import org.csapriority.audit.ReplayMismatchException;
import org.csapriority.scenario.InvalidInputException;

@Component
@Command(name = "csa", mixinStandardHelpOptions = true, version = "CSA Priority Engine 0.1",
		description = "Recommends a county Community Safety Agreement's priorities or strategic aims, and says why.",
		subcommands = { AssessCommand.class, ExplainCommand.class, ValidateCommand.class, RulesCommand.class,
				BenchCommand.class, WhatIfCommand.class, DiffCommand.class, WhyCommand.class, ReportCommand.class,
				ServeCommand.class, LoadTestCommand.class, AuditCommand.class, RobustnessCommand.class })
public class CsaCommand {

	/** Exit code for input that cannot be used: a scenario, rule file or policy with problems. */
	public static final int BAD_INPUT = 2;

	static CommandLine commandLine(CsaCommand root) {
		CommandLine commandLine = new CommandLine(root);
		commandLine.setExecutionExceptionHandler(CsaCommand::handle);
		return commandLine;
	}

	private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		if (ex instanceof AuditUnavailableException unavailable) {
			err.println("error: " + unavailable.getMessage());
			err.flush();
			return AuditCommand.UNAVAILABLE;
		}
		if (ex instanceof ReplayMismatchException mismatch) {
			err.println("error: " + mismatch.getMessage());
			err.flush();
			return AuditCommand.FINDING;
		}
		if (ex instanceof CorruptRecordException corrupt) {
			err.println("error: audit record corrupted: " + corrupt.getMessage());
			err.flush();
			return AuditCommand.FINDING;
		}
		if (ex instanceof InvalidInputException invalid) {
			invalid.problems().forEach(problem -> err.println("error: " + problem));
			err.flush();
			return BAD_INPUT;
		}
		err.println("error: " + ex.getMessage());
		err.flush();
		return 1;
	}
}
