package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

import org.csapriority.scenario.InvalidInputException;

class UserAccountsTest {

	private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void withNoUsersConfiguredAnAdminAndAWorkingGroupUserGetRandomPasswordsPrintedOnce() {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		List<UserDetails> users = UserAccounts.from(settings(List.of()), new PrintStream(console, true, StandardCharsets.UTF_8));
		String printed = console.toString(StandardCharsets.UTF_8);

		assertThat(users).extracting(UserDetails::getUsername).containsExactly("admin", "working-group");
		assertThat(users.get(0).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
		assertThat(users.get(1).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_WORKING_GROUP");
		Matcher admin = Pattern.compile("user admin +password (\\S+)").matcher(printed);
		assertThat(admin.find()).as(printed).isTrue();
		assertThat(admin.group(1)).hasSizeGreaterThanOrEqualTo(16);
		assertThat(users.get(0).getPassword()).startsWith("{bcrypt}").doesNotContain(admin.group(1));
		assertThat(ENCODER.matches(admin.group(1), users.get(0).getPassword())).isTrue();
		assertThat(printed.split(Pattern.quote(admin.group(1)), -1)).as("printed once").hasSize(2);
	}

	@Test
	void configuredUsersKeepTheirRoles() {
		List<UserDetails> users = UserAccounts.from(settings(List.of(
				new WebSettings.User("chair", "{noop}x", List.of("working-group")),
				new WebSettings.User("audit", "{noop}y", List.of("auditor")))), System.out);
		assertThat(users.get(0).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_WORKING_GROUP");
		assertThat(users.get(1).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AUDITOR");
	}

	@Test
	void aPasswordWithoutItsEncodingOrAnUnknownRoleIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> UserAccounts.from(settings(List.of(new WebSettings.User("chair", "plain", List.of("chair")))), System.out))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("csa.users[0].password").hasMessageContaining("{bcrypt}")
			.hasMessageContaining("csa.users[0].roles").hasMessageContaining("working-group");
	}

	private static WebSettings settings(List<WebSettings.User> users) {
		return new WebSettings(Path.of("scenarios"), Path.of("rules"), users, DataSize.ofKilobytes(256));
	}
}
