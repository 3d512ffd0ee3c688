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

	/** Thresholds the rule texts (keyed by file name) ask the policy for, with where each is first asked. */
	static Map<String, Use> thresholdsUsed(Map<String, String> ruleTexts) {
		return used(ruleTexts, THRESHOLD);
	}

	static Map<String, Use> strengthsUsed(Map<String, String> ruleTexts) {
		return used(ruleTexts, STRENGTH);
	}

	private static Map<String, Use> used(Map<String, String> ruleTexts, Pattern pattern) {
		Map<String, Use> used = new LinkedHashMap<>();
		ruleTexts.forEach((file, text) -> {
			List<String> lines = text.lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				Matcher matcher = pattern.matcher(lines.get(i));
				while (matcher.find()) {
					used.putIfAbsent(matcher.group(1), new Use(file, i + 1));
				}
			}
		});
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
