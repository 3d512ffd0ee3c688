package org.csapriority.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The reference list of English duties the statutory features may name. A feature that names a statute
 * the list lacks fails here, naming the list and what it holds.
 */
final class Statutes {

	static final Path FILE = Path.of("scenarios", "reference", "statutes-england.yaml");

	private static final Pattern NAME = Pattern.compile("(.*?\\d{4})(?: (s\\d+))?");

	private static List<ObjectNode> entries;

	/** A statute as a feature names it: the legislation, a section if given, and the entries it matches. */
	record Statute(String text, String legislation, String section, List<ObjectNode> entries) {

		List<String> ids() {
			return entries.stream().map(e -> e.get("id").asText()).toList();
		}

		/** The one entry meant, preferring duties that concern issues when the feature names one. */
		ObjectNode single(boolean concernsAnIssue) {
			List<ObjectNode> candidates = entries;
			if (candidates.size() > 1) {
				candidates = entries.stream().filter(e -> concernsAnIssue != "process".equals(e.get("effect").asText()))
					.toList();
			}
			if (candidates.size() != 1) {
				throw new IllegalArgumentException("'" + text + "' is ambiguous in " + FILE + ": name the section, one of "
						+ entries.stream().map(e -> e.path("section").asText("(no section)")).toList());
			}
			return candidates.get(0);
		}
	}

	private Statutes() {
	}

	static Statute named(String text) {
		String name = text.startsWith("the ") ? text.substring(4) : text;
		Matcher m = NAME.matcher(name);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a statute name like 'Police and Justice Act 2006' "
					+ "or 'Crime and Disorder Act 1998 s17'");
		}
		String legislation = m.group(1);
		String section = m.group(2);
		List<ObjectNode> found = new ArrayList<>();
		for (ObjectNode entry : all()) {
			if (entry.get("legislation").asText().equals(legislation)
					&& (section == null || entry.path("section").asText().startsWith(section))) {
				found.add(entry);
			}
		}
		if (found.isEmpty()) {
			throw new IllegalArgumentException("unknown statute '" + name + "': " + FILE + " lists "
					+ all().stream().map(e -> e.get("legislation").asText() + " " + e.path("section").asText("")).map(String::strip)
						.distinct().toList());
		}
		return new Statute(name, legislation, section, found);
	}

	private static synchronized List<ObjectNode> all() {
		if (entries == null) {
			try {
				JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
				List<ObjectNode> list = new ArrayList<>();
				root.get("statutes").forEach(node -> list.add((ObjectNode) node));
				entries = list;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return entries;
	}
}
