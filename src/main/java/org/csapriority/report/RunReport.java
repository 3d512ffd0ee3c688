package org.csapriority.report;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A run's report for auditors and the scrutiny committee, in HTML (one self-contained file with its charts) or
 * Markdown, and the agreement's appendices in the published layout. Everything is read from JSON: the assessment
 * exactly as {@code assess --format json} prints it and the merged scenario tree, so a run stored years ago
 * renders from what was stored, whatever the engine's classes have become since.
 */
public final class RunReport {

	private RunReport() {
	}

	/**
	 * @param result the assessment's JSON
	 * @param scenarioTree the merged scenario the run assessed (imports resolved), for breadth and the appendices
	 * @param info what the audit trail recorded about the run, or null for a run that was not recorded
	 * @param decisions the decisions recorded on the run's items, or null to leave the section out
	 */
	public static String html(JsonNode result, JsonNode scenarioTree, RunInfo info, List<DecisionRow> decisions) {
		return RunHtml.render(model(result, scenarioTree, info, decisions));
	}

	/** The same report in Markdown, the charts as tables. Parameters as for {@link #html}. */
	public static String markdown(JsonNode result, JsonNode scenarioTree, RunInfo info, List<DecisionRow> decisions) {
		return RunMarkdown.render(model(result, scenarioTree, info, decisions));
	}

	/** The agreement's appendices alone, in Markdown, laid out as the published agreements lay them out. */
	public static String appendices(JsonNode result, JsonNode scenarioTree) {
		checked(result);
		return AppendicesMarkdown.render(new AppendicesBuilder(result, new ScenarioTree(scenarioTree)).build(),
				Json.text(result, "area"));
	}

	static ReportModel model(JsonNode result, JsonNode scenarioTree, RunInfo info, List<DecisionRow> decisions) {
		return new ReportBuilder(checked(result), scenarioTree).build(info, decisions);
	}

	private static JsonNode checked(JsonNode result) {
		if (result == null || !result.isObject()) {
			throw new IllegalArgumentException("the assessment's JSON must be an object");
		}
		return result;
	}
}
