package org.csapriority.engine.fact;

import org.csapriority.scenario.Source;

/** One input item a rule relied on, with where it came from. */
public record Evidence(String id, String kind, String summary, Source source, String period, String geography) {

	public String cite() {
		return source == null ? "no source" : source.cite();
	}
}
