package org.csapriority.web;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the web application reads scenarios and rules, who may sign in, and the largest request body it
 * accepts. Users are {@code csa.users[0].name}, {@code .password} (with its encoding, e.g. {@code {bcrypt}...}
 * or {@code {noop}...}) and {@code .roles} (working-group, auditor, admin).
 */
@ConfigurationProperties("csa")
public record WebSettings(@DefaultValue("scenarios") Path scenarios, @DefaultValue("rules") Path rules,
		List<User> users, @DefaultValue("256KB") DataSize maxRequestSize) {

	public WebSettings {
		users = users == null ? List.of() : List.copyOf(users);
	}

	public record User(String name, String password, List<String> roles) {

		public User {
			roles = roles == null ? List.of() : List.copyOf(roles);
		}
	}
}
