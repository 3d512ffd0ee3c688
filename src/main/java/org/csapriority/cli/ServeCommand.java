package org.csapriority.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.web.WebApplication;

/**
 * Starts the working group's page and REST API and runs until stopped (Ctrl-C). The rules are compiled
 * before the server starts, so a rule file with an error is reported like any other command's bad input.
 */
@Command(name = "serve", description = "Start the working group's web page and REST API (Ctrl-C stops it).")
class ServeCommand implements Callable<Integer> {

	@Mixin
	Inputs root;

	@Spec
	CommandSpec spec;

	@Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
	int port;

	@Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
			defaultValue = "127.0.0.1")
	String bind;

	@Option(names = "--scenarios", description = "Folder of scenarios; variants are saved under its variants/ (default: ${DEFAULT-VALUE}).",
			defaultValue = "scenarios")
	Path scenarios;

	@Override
	public Integer call() throws InterruptedException {
		if (port < 0 || port > 65535) {
			throw new InvalidInputException(new InputProblem("--port", 0, null, "a port is 0 to 65535"));
		}
		if (!Files.isDirectory(scenarios)) {
			throw new InvalidInputException(new InputProblem(InputProblem.displayPath(scenarios), 0, "--scenarios",
					"scenarios folder not found"));
		}
		RuleBase rules = root.rules();
		ConfigurableApplicationContext server = start(rules);
		CountDownLatch stopped = new CountDownLatch(1);
		server.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				stopped.countDown();
			}
		});
		String host = bind.contains(":") ? "[" + bind + "]" : bind;
		String listening = server.getEnvironment().getProperty("local.server.port", String.valueOf(port));
		spec.commandLine().getOut().printf("Serving the page at http://%s:%s/ and the API at /api (OpenAPI: /v3/api-docs). "
				+ "Ctrl-C stops it.%n", host, listening);
		spec.commandLine().getOut().flush();
		stopped.await();
		return 0;
	}

	/** Bad configuration is reported as bad input; any other failure by its first cause, without Spring's wrapping. */
	private ConfigurableApplicationContext start(RuleBase rules) {
		try {
			return WebApplication.start(port, bind, scenarios, root.rulesDir, rules);
		}
		catch (RuntimeException ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && !(cause instanceof InvalidInputException)) {
				cause = cause.getCause();
			}
			if (cause instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new IllegalStateException("the server did not start: " + cause.getMessage(), ex);
		}
	}
}
