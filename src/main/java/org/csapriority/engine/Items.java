package org.csapriority.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csapriority.scenario.Area;
import org.csapriority.scenario.Issue;
import org.csapriority.scenario.Scenario;

/** Finds an item by id, by name, or by the name or alias of an issue it groups, ignoring case. */
public final class Items {

	private Items() {
	}

	/** The item, or null when nothing matches. */
	public static Recommendation find(Scenario scenario, Assessment assessment, String query) {
		String q = query.toLowerCase(Locale.ROOT).strip();
		for (Recommendation r : assessment.recommendations()) {
			if (r.id().equalsIgnoreCase(q) || r.name().equalsIgnoreCase(q)) {
				return r;
			}
		}
		for (Issue issue : scenario.taxonomy().issues()) {
			boolean matches = issue.id().equalsIgnoreCase(q) || issue.name().equalsIgnoreCase(q)
					|| issue.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(q));
			if (matches) {
				for (Area area : areas(scenario)) {
					if (area.issues().contains(issue.id())) {
						return assessment.recommendation(area.id());
					}
				}
			}
		}
		return null;
	}

	private static List<Area> areas(Scenario scenario) {
		List<Area> areas = new ArrayList<>(scenario.taxonomy().priorityAreas());
		areas.addAll(scenario.taxonomy().crossCuttingThemes());
		return areas;
	}
}
