package org.csapriority.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown that says only what the text says: characters that would start emphasis, a link, a table cell or raw
 * HTML are escaped, so a hostile or merely odd name renders as itself.
 */
final class Md {

	private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]|#])");

	private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");

	private Md() {
	}

	static String text(String text) {
		if (text == null) {
			return "";
		}
		String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
		escaped = ENTITY.matcher(escaped).replaceAll("&amp;");
		return escaped.replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s*[\\r\\n]+\\s*", " ");
	}

	static String row(List<String> cells) {
		StringBuilder out = new StringBuilder("|");
		cells.forEach(cell -> out.append(' ').append(text(cell)).append(" |"));
		return out.append('\n').toString();
	}

	static String header(String... cells) {
		StringBuilder out = new StringBuilder(row(List.of(cells)));
		out.append('|');
		for (int i = 0; i < cells.length; i++) {
			out.append("---|");
		}
		return out.append('\n').toString();
	}

	static String row(String... cells) {
		return row(List.of(cells));
	}
}
