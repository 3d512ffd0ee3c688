package org.csapriority.scenario;

import java.util.List;

public record DistrictEvidence(List<DistrictAssessment> perDistrict, List<IdentificationCount> counts,
		List<IdentificationBand> bands, List<BandDefinition> bandDefinitions) {

	public DistrictEvidence {
		perDistrict = perDistrict == null ? List.of() : List.copyOf(perDistrict);
		counts = counts == null ? List.of() : List.copyOf(counts);
		bands = bands == null ? List.of() : List.copyOf(bands);
		bandDefinitions = bandDefinitions == null ? List.of() : List.copyOf(bandDefinitions);
	}
}
