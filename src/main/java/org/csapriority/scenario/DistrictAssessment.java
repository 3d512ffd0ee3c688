package org.csapriority.scenario;

import java.util.List;

/** One district's strategic assessment: the issues it named and how prominently. */
public record DistrictAssessment(String district, String period, Source source, List<NamedIssue> named) {

	public DistrictAssessment {
		named = named == null ? List.of() : List.copyOf(named);
	}
}
