package org.csapriority.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the file and line an item of a merged scenario came from, by looking for the text that
 * identifies it (comments ignored), so that semantic problems are reported where the author can fix them.
 */
final class Locator {

	record Place(String file, int line) {
	}

	private final Map<Path, String> texts;

	Locator(Map<Path, String> texts) {
		this.texts = texts;
	}

	/** The first line (top file first, then its imports) holding every one of the given fragments. */
	Place find(String... fragments) {
		return nth(1, fragments);
	}

	/** The n-th line holding every fragment: for a duplicate, the place where it repeats. */
	Place nth(int n, String... fragments) {
		List<Pattern> patterns = patterns(fragments);
		if (patterns == null) {
			return new Place(topFile(), 0);
		}
		int seen = 0;
		for (Map.Entry<Path, String> entry : texts.entrySet()) {
			List<String> lines = entry.getValue().lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				String line = code(lines.get(i));
				if (patterns.stream().allMatch(p -> p.matcher(line).find()) && ++seen == n) {
					return new Place(ScenarioLoader.display(entry.getKey()), i + 1);
				}
			}
		}
		return n > 1 ? nth(1, fragments) : new Place(topFile(), 0);
	}

	/** The first line holding {@code token} at or after the line that holds {@code anchor}. */
	Place after(String anchor, String token) {
		List<Pattern> anchorPatterns = patterns(anchor);
		List<Pattern> tokenPatterns = patterns(token);
		if (anchorPatterns == null || tokenPatterns == null) {
			return find(token);
		}
		for (Map.Entry<Path, String> entry : texts.entrySet()) {
			List<String> lines = entry.getValue().lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				if (anchorPatterns.get(0).matcher(code(lines.get(i))).find()) {
					for (int j = i; j < lines.size(); j++) {
						if (tokenPatterns.get(0).matcher(code(lines.get(j))).find()) {
							return new Place(ScenarioLoader.display(entry.getKey()), j + 1);
						}
					}
				}
			}
		}
		return find(token);
	}

	String topFile() {
		return texts.isEmpty() ? "(input)" : ScenarioLoader.display(texts.keySet().iterator().next());
	}

	private static List<Pattern> patterns(String... fragments) {
		List<Pattern> patterns = new ArrayList<>();
		for (String fragment : fragments) {
			if (fragment == null) {
				return null;
			}
			// a whole token: "id: community" must not match "id: community-cohesion"
			patterns.add(Pattern.compile("(?<![\\w-])" + Pattern.quote(fragment) + "(?![\\w-])"));
		}
		return patterns;
	}

	/** The line without its comment, so a word in a comment is never taken for the item. */
	private static String code(String line) {
		String trimmed = line.stripLeading();
		if (trimmed.startsWith("#")) {
			return "";
		}
		int comment = line.indexOf(" #");
		return comment < 0 ? line : line.substring(0, comment);
	}
}
