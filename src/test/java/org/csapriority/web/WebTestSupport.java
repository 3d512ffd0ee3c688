package org.csapriority.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.csapriority.audit.AuditSettings;

/**
 * One running server for every web test: the real application on a random loopback port, with copies of the
 * project's scenarios and rules (tests save variants and break rule files; the real folders are never touched)
 * and one user per role. MockMvc is configured here too, so that every web test shares this one context.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.address=127.0.0.1",
		"csa.users[0].name=admin", "csa.users[0].password={noop}admin-secret", "csa.users[0].roles=admin",
		"csa.users[1].name=wg", "csa.users[1].password={noop}wg-secret", "csa.users[1].roles=working-group",
		"csa.users[2].name=auditor", "csa.users[2].password={noop}auditor-secret", "csa.users[2].roles=auditor" })
@AutoConfigureMockMvc
abstract class WebTestSupport {

	static final Path SCENARIOS = copy(Path.of("scenarios"), "csa-web-scenarios");

	static final Path RULES = copy(Path.of("rules"), "csa-web-rules");

	/** The audit trail of the test server: an embedded database in a folder of its own. */
	static final Path AUDIT = emptyFolder("csa-web-audit");

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("csa.scenarios", SCENARIOS::toString);
		registry.add("csa.rules", RULES::toString);
		registry.add("csa.audit.url", () -> AuditSettings.embedded(AUDIT).url());
	}

	private static Path emptyFolder(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path copy(Path from, String prefix) {
		try {
			Path to = Files.createTempDirectory(prefix);
			try (Stream<Path> files = Files.walk(from)) {
				for (Path file : files.sorted().toList()) {
					Path target = to.resolve(from.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(file, target);
					}
				}
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(to)));
			return to;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}
}
