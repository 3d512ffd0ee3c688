package org.csapriority.report;

import java.util.List;

/**
 * Everything a run's report shows, read from the assessment's JSON and the merged scenario: the HTML and the
 * Markdown render this one model, so the two cannot say different things. {@code robustness} is null unless the
 * result carries a robustness run, and the section is then left out.
 */
record ReportModel(Heading heading, List<AimView> aims, List<OutcomeGroup> adopted, List<OutcomeGroup> considered,
		List<ChangeEntry> changes, List<ItemDrivers> drivers, Compliance compliance, Decisions decisions,
		List<QualityFlag> dataQuality, Provenance provenance, Charts charts, Appendices appendices,
		Robustness robustness) {

	/** The agreement the run is about. {@code aimsFramework} is true for strategic aims rather than priorities. */
	record Heading(String title, String area, String partnership, String financialYear, String assessmentYear,
			String scenario, boolean aimsFramework) {
	}

	record Item(String id, String name, String outcome, String outcomeLabel, String within, int rank, double score,
			String change, String changeNote, String because) {

		public String scoreText() {
			return Fmt.two(score);
		}
	}

	record OutcomeGroup(String outcome, String heading, List<Item> items) {
	}

	record AimView(String id, String name, String status, List<String> focusAreas, List<String> supportingAreas,
			List<DriverGroup> keyDrivers, List<DriverGroup> otherDrivers, List<DriverLine> notes) {
	}

	record DriverGroup(String label, List<DriverLine> lines) {
	}

	record DriverLine(String area, String sentence, String ruleId) {
	}

	record ChangeEntry(String change, String label, String item, String note) {
	}

	/** An item's largest contributions to its score, each with the reason the rule that gave it recorded. */
	record ItemDrivers(String item, String outcomeLabel, List<Contribution> contributions) {
	}

	record Contribution(String driver, double weight, double strength, double points, String sentence, String ruleId) {

		public String arithmetic() {
			return Fmt.two(weight) + " x " + Fmt.two(strength) + " = " + Fmt.three(points);
		}
	}

	record Compliance(int gaps, List<DutyRow> duties, List<PlanRow> plan) {
	}

	record DutyRow(String finding, String citation, String bearer, String status, String items, String reason,
			String ruleId) {
	}

	record PlanRow(String finding, String text, String pillar, String items, String reason, String ruleId) {
	}

	/** The decisions recorded on the run's items, beside the engine's outcome for each. */
	record Decisions(int departures, List<DecisionView> rows) {
	}

	record DecisionView(String item, String engineOutcome, String adoptedOutcome, boolean departs, String rationale,
			String decidingBody, String decidedOn, String recordedBy) {
	}

	/** One data-quality entry, whatever fields it has: the known ones in columns, any others in {@code other}. */
	record QualityFlag(String severity, String ruleId, String rule, String kind, String message, String items,
			String evidence, String source, String other) {
	}

	record Provenance(boolean recorded, String runId, String recordedAt, String recordedBy, String scenarioSha256,
			String engineVersion, String seed, List<RuleFile> ruleFiles, String ruleFilesFrom, int rulesFired) {
	}

	record RuleFile(String file, String sha256) {
	}

	record Charts(List<MatrixPoint> matrix, boolean harmAssessed, HeatMap heatMap) {
	}

	/** A point of the priority matrix: district breadth across, threat/risk/harm strength up. */
	record MatrixPoint(String id, String name, String outcome, String outcomeLabel, double breadth, double harm) {

		public String breadthText() {
			return Fmt.percent(breadth);
		}

		public String harmText() {
			return Fmt.two(harm);
		}
	}

	/** Items down, driver types across; a cell is the driver's strength for the item with its weight and points. */
	record HeatMap(List<String> items, List<String> drivers, List<HeatCell> cells) {

		/** One row per item with its strength under each driver, for a table in place of the chart. */
		public List<List<String>> rows() {
			List<List<String>> rows = new java.util.ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				String[] row = new String[drivers.size() + 1];
				java.util.Arrays.fill(row, "");
				row[0] = items.get(i);
				for (HeatCell cell : cells) {
					if (cell.item() == i && cell.driver() >= 0) {
						row[cell.driver() + 1] = cell.strength() > 0 ? Fmt.two(cell.strength()) : "";
					}
				}
				rows.add(List.of(row));
			}
			return rows;
		}
	}

	record HeatCell(int item, int driver, double strength, double weight, double points) {
	}
}
