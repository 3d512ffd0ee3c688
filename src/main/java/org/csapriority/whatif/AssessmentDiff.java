package org.csapriority.whatif;

import java.util.List;

/**
 * What moved between two assessments: plain-English summary lines, every item (moved ones first) and,
 * for the aims framework, each aim's focus areas and key-driver types gained or lost, and every duty or
 * Police and Crime Plan priority whose compliance finding changed.
 */
public record AssessmentDiff(List<String> summary, List<ItemDiff> items, List<AimDiff> aims,
		List<ComplianceChange> compliance) {

	public AssessmentDiff {
		summary = List.copyOf(summary);
		items = List.copyOf(items);
		aims = List.copyOf(aims);
		compliance = List.copyOf(compliance);
	}

	/** Items whose outcome, host or rank changed. */
	public List<ItemDiff> moved() {
		return items.stream().filter(ItemDiff::moved).toList();
	}
}
