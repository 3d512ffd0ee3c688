package org.csapriority.report;

import java.util.List;

/**
 * The agreement's appendices laid out as the published agreements lay them out: the district strategic
 * assessments, the threat/risk/harm outcome, the PESTELO horizon scan, the Police and Crime Plan with the items
 * that answer it, and the priorities and themes (or aims) adopted.
 */
record Appendices(String title, Districts districts, Threat threat, List<HorizonGroup> horizon, Plan plan,
		Agreement agreement) {

	/**
	 * How many district assessments named each issue; {@code rows} is empty when the scenario gives none, and
	 * {@code detailed} says whether any row has more to say than its count.
	 */
	record Districts(String heading, int districts, String intro, List<DistrictRow> rows, boolean detailed) {
	}

	record DistrictRow(String issue, String identified, String detail) {
	}

	record Threat(String heading, String method, String reading, List<ThreatRow> rows) {
	}

	record ThreatRow(String rank, String element, String assessment, String addressedBy) {
	}

	record HorizonGroup(String category, List<HorizonPart> parts) {
	}

	/** Legislation is split, as published, into recent legislation and what is upcoming; other headings have one part. */
	record HorizonPart(String heading, List<HorizonLine> lines) {
	}

	record HorizonLine(String text, String kind, String feeds) {
	}

	record Plan(String heading, List<PlanPillar> pillars) {
	}

	record PlanPillar(String pillar, List<PlanLine> lines) {
	}

	record PlanLine(String text, String finding, String addressedBy) {
	}

	record Agreement(String heading, boolean aimsFramework, List<String> priorities, List<String> themes,
			List<AimLine> aims) {
	}

	record AimLine(String name, List<String> focusAreas, List<String> supportingAreas) {
	}
}
