package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns a YAML or JSON parser error into one line an author can act on: what the parser found (not
 * only the context it was in) and the line of the problem itself rather than of the last good token.
 */
public final class YamlProblems {

	private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");

	private YamlProblems() {
	}

	public static InputProblem syntax(String file, String kind, JsonProcessingException ex) {
		String original = ex.getOriginalMessage() == null ? "unreadable" : ex.getOriginalMessage();
		int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
		Matcher mark = MARK.matcher(original);
		while (mark.find()) {
			line = Integer.parseInt(mark.group(1));
		}
		List<String> parts = new ArrayList<>();
		for (String part : original.lines().toList()) {
			String text = part.strip();
			// the parser's own position lines and the echoed source snippet say nothing new
			if (text.isEmpty() || text.startsWith("in 'reader'") || text.startsWith("^") || part.startsWith("    ")
					|| text.startsWith("at [Source")) {
				continue;
			}
			parts.add(text.replace("\t", "\\t").replaceAll(" \\(for Object starting at.*", "")
				.replaceAll("Duplicate field '([^']+)' for .*", "'$1' is given twice; the second would silently win")
				.replaceAll("[:;]$", ""));
		}
		return new InputProblem(file, line, null, kind + ": " + String.join("; ", parts));
	}
}
