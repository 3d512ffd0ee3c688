package org.csapriority.whatif;

import java.util.List;

/**
 * A named what-if saved for the working group: the baseline it varies (a file name relative to the
 * scenarios folder), a name, an optional description and its changes.
 */
public record Variant(String variantOf, String name, String description, List<ScenarioChange> changes) {

	public Variant {
		changes = List.copyOf(changes);
	}
}
