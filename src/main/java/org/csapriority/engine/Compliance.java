package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.Finding;

/**
 * The agreement checked against the law: every duty known on the day it takes effect, with the item
 * that meets it or the reason it is a gap, and every Police and Crime Plan priority with what covers it
 * or why nothing does.
 */
public record Compliance(List<DutyCompliance> duties, List<PlanRegard> policeAndCrimePlan) {

	public List<DutyCompliance> gaps() {
		return duties.stream().filter(d -> d.finding() == Finding.GAP).toList();
	}

	public DutyCompliance duty(String id) {
		return duties.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
	}
}
