package org.csapriority.web;

import java.nio.file.Path;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;

import org.csapriority.engine.RuleBase;

/**
 * The working group's web application: the page and the REST API. A context of its own, started only by
 * {@code csa serve}, so the other commands never load a web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
@EnableConfigurationProperties(WebSettings.class)
@PropertySource("classpath:web.properties")
public class WebApplication {

	/** Bean name of a rule base compiled before start-up, so the server does not compile the rules twice. */
	static final String STARTUP_RULES = "startupRules";

	/**
	 * Starts the server and returns at once; the server runs until its context is closed.
	 *
	 * @param rules the rules already compiled from {@code rulesDir}, served until an admin reloads them
	 */
	public static ConfigurableApplicationContext start(int port, String bind, Path scenariosDir, Path rulesDir,
			RuleBase rules) {
		return new SpringApplicationBuilder(WebApplication.class).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.initializers(context -> context.getBeanFactory().registerSingleton(STARTUP_RULES, rules))
			// as arguments, so they take precedence over web.properties and any application.properties
			.run("--server.port=" + port, "--server.address=" + bind, "--csa.scenarios=" + scenariosDir,
					"--csa.rules=" + rulesDir);
	}
}
