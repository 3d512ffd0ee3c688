package org.csapriority;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The command line. It never starts a web server: {@code serve} starts the web application as a context of
 * its own ({@code org.csapriority.web}), so every other command stays quick and opens no port. The commands
 * need no auto-configuration; without it, start-up does not weigh the web, security and page libraries.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.csapriority\\.web\\..*"))
public class CsaApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(CsaApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		System.exit(SpringApplication.exit(app.run(args)));
	}
}
