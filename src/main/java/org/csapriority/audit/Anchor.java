package org.csapriority.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * A record's place and hash written down outside the database, e.g. in the minutes of the meeting that agreed
 * the priorities. A chain rewritten from some record on, heads and all, still fails to match its anchors.
 */
public record Anchor(long seq, String hash) {

	private static final Pattern FORM = Pattern.compile("(\\d+):([0-9a-f]{64})");

	/** Reads SEQ:HASH as {@code audit verify} prints it after "head". */
	public static Anchor parse(String text, String field) {
		Matcher matcher = FORM.matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
		if (!matcher.matches()) {
			throw new InvalidInputException(new InputProblem(field, 0, null, "'" + text
					+ "' is not an anchor; give the record's place and SHA-256 as verify prints them, e.g. 12:3fa4...(64 hex digits)"));
		}
		return new Anchor(Long.parseLong(matcher.group(1)), matcher.group(2));
	}

	@Override
	public String toString() {
		return seq + ":" + hash;
	}
}
