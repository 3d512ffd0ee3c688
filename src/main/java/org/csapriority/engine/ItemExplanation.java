package org.csapriority.engine;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One item's whole account: its recommendation with every justification, and the part of the compliance
 * section that names it (the duties it meets or shapes, the Police and Crime Plan priorities it covers).
 */
public record ItemExplanation(@JsonUnwrapped Recommendation item, Compliance compliance) {

	public static ItemExplanation of(Assessment assessment, Recommendation item) {
		Compliance all = assessment.compliance();
		return new ItemExplanation(item, new Compliance(
				all.duties().stream().filter(d -> names(d.items(), item)).toList(),
				all.policeAndCrimePlan().stream().filter(p -> names(p.items(), item)).toList()));
	}

	private static boolean names(java.util.List<ItemRef> refs, Recommendation item) {
		return refs.stream().anyMatch(ref -> ref.id().equals(item.id()));
	}
}
