package org.csapriority.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the file and line an item of a merged scenario came from, by looking for the text that
 * identifies it, so semantic problems are reported where the author can fix them.
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
		List<Pattern> patterns = new java.util.ArrayList<>();
		for (String fragment : fragments) {
			if (fragment == null) {
				return new Place(topFile(), 0);
			}
			// a whole token: "id: community" must not match "id: community-cohesion"
			patterns.add(Pattern.compile("(?<![\\w-])" + Pattern.quote(fragment) + "(?![\\w-])"));
		}
		for (Map.Entry<Path, String> entry : texts.entrySet()) {
			List<String> lines = entry.getValue().lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (patterns.stream().allMatch(p -> p.matcher(line).find())) {
					return new Place(ScenarioLoader.display(entry.getKey()), i + 1);
				}
			}
		}
		return new Place(topFile(), 0);
	}

	String topFile() {
		return texts.isEmpty() ? "(input)" : ScenarioLoader.display(texts.keySet().iterator().next());
	}
}
