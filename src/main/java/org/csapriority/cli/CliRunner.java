package org.csapriority.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Runs the command line and hands its exit code to Spring Boot. */
@Component
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

	private final CsaCommand root;

	private int exitCode;

	CliRunner(CsaCommand root) {
		this.root = root;
	}

	@Override
	public void run(String... args) {
		CommandLine commandLine = CsaCommand.commandLine(root);
		exitCode = commandLine.execute(args);
		// the JVM exits straight after; picocli's writers do not flush on their own
		commandLine.getOut().flush();
		commandLine.getErr().flush();
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
