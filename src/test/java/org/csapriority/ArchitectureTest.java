package org.csapriority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Packages depend one way only: scenario on nothing of ours, engine on scenario, whatif on engine, explain on
 * whatif, sensitivity on engine, report on engine and whatif, audit on those, web on all of those, cli on
 * everything (it starts the web server): nothing but cli uses web. Checked by reading imports, so a cycle fails
 * the build.
 */
class ArchitectureTest {

	private static final Map<String, Set<String>> ALLOWED = Map.of(
			"scenario", Set.of("scenario"),
			"engine", Set.of("engine", "scenario"),
			"report", Set.of("report", "whatif", "engine", "scenario"),
			"whatif", Set.of("whatif", "engine", "scenario"),
			"explain", Set.of("explain", "whatif", "engine", "scenario"),
			"sensitivity", Set.of("sensitivity", "engine", "scenario"),
			"audit", Set.of("audit", "sensitivity", "explain", "whatif", "report", "engine", "scenario"),
			"web", Set.of("web", "audit", "sensitivity", "explain", "whatif", "report", "engine", "scenario"),
			"cli", Set.of("cli", "web", "audit", "sensitivity", "explain", "whatif", "report", "engine", "scenario"));

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.csapriority\\.(\\w+)", Pattern.MULTILINE);

	@Test
	void packagesDependInOneDirectionOnly() throws IOException {
		List<String> violations = new ArrayList<>();
		Path root = Path.of("src/main/java/org/csapriority");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path relative = root.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String from = relative.getName(0).toString();
				Matcher matcher = IMPORT.matcher(Files.readString(file));
				while (matcher.find()) {
					String to = matcher.group(1);
					if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
						violations.add(relative + " imports " + to);
					}
				}
				String text = Files.readString(file);
				for (String other : ALLOWED.keySet()) {
					if (!ALLOWED.get(from).contains(other) && text.contains("org.csapriority." + other + ".")) {
						violations.add(relative + " refers to " + other);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}
}
