package org.csapriority.engine;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One item's whole account: its recommendation with every justification, the part of the compliance
 * section that names it (the duties it meets or shapes, the Police and Crime Plan priorities it covers)
 * and the data-quality flags on its evidence.
 */
public record ItemExplanation(@JsonUnwrapped Recommendation item, Compliance compliance,
		java.util.List<DataQualityFlag> dataQuality) {

	public static ItemExplanation of(Assessment assessment, Recommendation item) {
		Compliance all = assessment.compliance();
		return new ItemExplanation(item, new Compliance(
				all.duties().stream().filter(d -> names(d.items(), item)).toList(),
				all.policeAndCrimePlan().stream().filter(p -> names(p.items(), item)).toList()),
				assessment.dataQualityOf(item.id()));
	}

	private static boolean names(java.util.List<ItemRef> refs, Recommendation item) {
		return refs.stream().anyMatch(ref -> ref.id().equals(item.id()));
	}
}
