package org.csapriority.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csapriority.scenario.InputProblem;

/** Reads what the rule files ask of the policy, so the policy can be checked before any rule runs. */
final class RuleText {

	private static final Pattern THRESHOLD = Pattern.compile("policy\\.threshold\\(\"([^\"]+)\"\\)");

	private static final Pattern STRENGTH = Pattern.compile("policy\\.strength\\(\"([^\"]+)\"\\)");

	record Use(String file, int line) {
	}

	private RuleText() {
	}

	static Map<String, Use> thresholdsUsed(List<Path> ruleFiles) {
		return used(ruleFiles, THRESHOLD);
	}

	static Map<String, Use> strengthsUsed(List<Path> ruleFiles) {
		return used(ruleFiles, STRENGTH);
	}

	private static Map<String, Use> used(List<Path> ruleFiles, Pattern pattern) {
		Map<String, Use> used = new LinkedHashMap<>();
		for (Path file : ruleFiles) {
			List<String> lines = read(file);
			for (int i = 0; i < lines.size(); i++) {
				Matcher matcher = pattern.matcher(lines.get(i));
				while (matcher.find()) {
					used.putIfAbsent(matcher.group(1), new Use(display(file), i + 1));
				}
			}
		}
		return used;
	}

	static List<String> read(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String display(Path file) {
		return InputProblem.displayPath(file);
	}
}
