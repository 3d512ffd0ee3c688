package org.csapriority;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CsaApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(CsaApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		System.exit(SpringApplication.exit(app.run(args)));
	}
}
