package org.csapriority.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csapriority.scenario.InputProblem;

/**
 * Rewrites the rule compiler's messages for rule authors: the fact and field rather than the engine's
 * internals, and the line of the offending call rather than the start of its rule.
 */
final class RuleMessages {

	private static final Pattern UNKNOWN_FIELD = Pattern
		.compile("unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.(\\w+)\\(\\)");

	private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method (\\w+)\\(");

	private RuleMessages() {
	}

	static InputProblem problem(String file, int line, String text) {
		Matcher field = UNKNOWN_FIELD.matcher(text);
		if (field.find()) {
			String fact = field.group(1);
			return new InputProblem(file, line, null, "the fact " + fact + " has no field '" + field.group(2)
					+ "'; check the spelling against the facts the rules can match");
		}
		Matcher method = UNKNOWN_METHOD.matcher(text);
		if (method.find() && text.contains("is undefined")) {
			int at = firstLineFrom(file, line, method.group(1) + "(");
			return new InputProblem(file, at > 0 ? at : line, null, text.replaceAll("Rule Compilation error ", ""));
		}
		return new InputProblem(file, line, null, text);
	}

	/** The line on which a rule is declared, or 0. */
	static int ruleLine(String file, String ruleName) {
		return firstLineFrom(file, 1, "rule \"" + ruleName + "\"");
	}

	private static int firstLineFrom(String file, int from, String token) {
		if (file == null) {
			return 0;
		}
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			for (int i = Math.max(from - 1, 0); i < lines.size(); i++) {
				if (lines.get(i).contains(token)) {
					return i + 1;
				}
			}
		}
		catch (java.io.IOException | java.nio.file.InvalidPathException ex) {
			return 0;
		}
		return 0;
	}
}
