package org.csapriority.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the working group weighs for one area and year. A scenario file may import shared files
 * (taxonomy, statutory duties, scoring scheme); this record is the merged result.
 */
public record Scenario(List<String> imports, String id, String area, String partnership, String assessmentYear,
		String financialYear, LocalDate agreementStarts, Framework framework, List<String> districts,
		Source districtsSource, List<Document> documents, Taxonomy taxonomy, DistrictEvidence districtAssessments,
		ThreatRiskHarm threatRiskHarm, ScoringScheme scoringScheme, List<HorizonItem> horizonScanning,
		PolicePlan policeAndCrimePlan, List<StatutoryDuty> statutoryDuties, List<CountyArrangement> countyArrangements,
		List<CrimeSeries> crimeRates, List<CommunityView> communityViews, List<Comparison> comparisons,
		PreviousOutcome previousOutcome,
		List<WorkingGroupDecision> workingGroupDecisions) {

	public Scenario {
		imports = imports == null ? List.of() : List.copyOf(imports);
		districts = districts == null ? List.of() : List.copyOf(districts);
		documents = documents == null ? List.of() : List.copyOf(documents);
		taxonomy = taxonomy == null ? new Taxonomy(null, null, null, null) : taxonomy;
		districtAssessments = districtAssessments == null ? new DistrictEvidence(null, null, null, null)
				: districtAssessments;
		horizonScanning = horizonScanning == null ? List.of() : List.copyOf(horizonScanning);
		statutoryDuties = statutoryDuties == null ? List.of() : List.copyOf(statutoryDuties);
		countyArrangements = countyArrangements == null ? List.of() : List.copyOf(countyArrangements);
		crimeRates = crimeRates == null ? List.of() : List.copyOf(crimeRates);
		communityViews = communityViews == null ? List.of() : List.copyOf(communityViews);
		comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
		workingGroupDecisions = workingGroupDecisions == null ? List.of() : List.copyOf(workingGroupDecisions);
	}

	/** The day the agreement takes effect: given, or 1 April of the financial year's first calendar year. */
	public LocalDate effectiveFrom() {
		if (agreementStarts != null) {
			return agreementStarts;
		}
		return LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 4, 1);
	}
}
