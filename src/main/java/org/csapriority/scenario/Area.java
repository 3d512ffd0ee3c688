package org.csapriority.scenario;

import java.util.List;

/**
 * A grouping of issues the partnership may adopt: a priority area or a cross-cutting theme as the
 * partnership publishes it. {@code within} names the broader area it sits in when it is not standalone.
 */
public record Area(String id, String name, List<String> issues, String within, String description) {

	public Area {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
