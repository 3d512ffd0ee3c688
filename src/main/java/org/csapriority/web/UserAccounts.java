package org.csapriority.web;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * The people who may sign in. Configured users need a name, a password with its encoding ({bcrypt}... or
 * {noop}...) and roles. With none configured, one admin and one working-group user are created with random
 * passwords, printed once when the server starts.
 */
final class UserAccounts {

	/** Roles as configured, and the Spring Security role each grants. */
	static final Map<String, String> ROLES = Map.of("admin", Roles.ADMIN, "working-group", Roles.WORKING_GROUP,
			"auditor", Roles.AUDITOR);

	private static final Pattern ENCODED = Pattern.compile("^\\{[a-zA-Z0-9_-]+}.+");

	private UserAccounts() {
	}

	static List<UserDetails> from(WebSettings settings, PrintStream console) {
		if (settings.users().isEmpty()) {
			return generated(console);
		}
		List<InputProblem> problems = new ArrayList<>();
		List<UserDetails> users = new ArrayList<>();
		for (int i = 0; i < settings.users().size(); i++) {
			WebSettings.User user = settings.users().get(i);
			String field = "csa.users[" + i + "]";
			if (user.name() == null || user.name().isBlank()) {
				problems.add(new InputProblem("configuration", 0, field + ".name", "every user needs a name"));
			}
			if (user.password() == null || !ENCODED.matcher(user.password()).matches()) {
				problems.add(new InputProblem("configuration", 0, field + ".password",
						"give the password with its encoding, e.g. {bcrypt}$2a$10$... or {noop}secret"));
			}
			List<String> roles = user.roles().stream().map(r -> ROLES.get(r.strip().toLowerCase(Locale.ROOT))).toList();
			if (user.roles().isEmpty() || roles.contains(null)) {
				problems.add(new InputProblem("configuration", 0, field + ".roles",
						"roles must be one or more of admin, working-group, auditor; found " + user.roles()));
			}
			if (problems.isEmpty()) {
				users.add(User.withUsername(user.name()).password(user.password()).roles(roles.toArray(String[]::new)).build());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return users;
	}

	private static List<UserDetails> generated(PrintStream console) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		String admin = randomPassword();
		String workingGroup = randomPassword();
		console.println("No users are configured (csa.users), so these were created for this run of the server:");
		console.println("  user admin          password " + admin + "   (role: admin)");
		console.println("  user working-group  password " + workingGroup + "   (role: working-group)");
		console.println("They are not stored anywhere: configure csa.users to keep your own.");
		console.flush();
		return List.of(
				User.withUsername("admin").password("{bcrypt}" + bcrypt.encode(admin)).roles(Roles.ADMIN).build(),
				User.withUsername("working-group").password("{bcrypt}" + bcrypt.encode(workingGroup))
					.roles(Roles.WORKING_GROUP).build());
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
