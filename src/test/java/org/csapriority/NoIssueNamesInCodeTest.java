package org.csapriority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.csapriority.scenario.Issue;
import org.csapriority.scenario.Scenario;

/**
 * The engine must reach its outcomes from data and general rules: no issue id, name or alias of any
 * scenario's taxonomy may appear as a quoted string in the rules or the main Java code, nor may an
 * area's name.
 */
class NoIssueNamesInCodeTest {

	@Test
	void rulesAndMainCodeNameNoIssueOrArea() throws IOException {
		List<String> words = new ArrayList<>();
		for (String file : List.of("kent-2022-23.yaml", "kent-2026-27.yaml", "synthetic/riverdale-2025-26.yaml")) {
			if (!Files.exists(Path.of("scenarios", file))) {
				continue;
			}
			Scenario s = TestRules.scenario(file);
			for (Issue issue : s.taxonomy().issues()) {
				words.add(issue.id());
				words.add(issue.name());
				words.addAll(issue.aliases());
			}
			s.taxonomy().priorityAreas().forEach(a -> words.add(a.name()));
			words.add(s.area());
		}
		assertThat(words).hasSizeGreaterThan(40);
		List<String> hits = new ArrayList<>();
		for (Path file : sources()) {
			String text = Files.readString(file).toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (text.contains("\"" + word.toLowerCase(Locale.ROOT) + "\"")) {
					hits.add(file + ": \"" + word + "\"");
				}
			}
		}
		assertThat(hits).isEmpty();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> main = Files.walk(Path.of("src/main/java")); Stream<Path> rules = Files.walk(Path.of("rules"))) {
			List<Path> files = new ArrayList<>(main.filter(p -> p.toString().endsWith(".java")).toList());
			files.addAll(rules.filter(p -> p.toString().endsWith(".drl")).toList());
			return files;
		}
	}
}
