package org.csapriority.cli;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.Items;
import org.csapriority.engine.Recommendation;
import org.csapriority.scenario.Scenario;

/** Finds an item by id, by name, or by the name or alias of an issue it groups, ignoring case. */
final class ItemFinder {

	private ItemFinder() {
	}

	static Recommendation find(Scenario scenario, Assessment assessment, String query) {
		return Items.find(scenario, assessment, query);
	}
}
