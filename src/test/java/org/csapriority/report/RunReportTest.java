package org.csapriority.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** What the run reports say, in HTML and Markdown, read from the assessment's JSON and the merged scenario. */
class RunReportTest {

	private static final String KENT_2022 = "kent-2022-23.yaml";

	private static final List<String> PUBLISHED_PRIORITIES = List.of("Domestic Abuse",
			"Violence Against Women and Girls (VAWG)", "Safeguarding Vulnerable People", "Serious Violence and Organised Crime",
			"Preventing Neighbourhood Crime &amp; ASB", "Preventing Extremism and Hate", "Substance Misuse", "Road Safety");

	private static final List<String> PUBLISHED_THEMES = List.of("Early Intervention, Prevention and Education",
			"Improve Quality of Life and Enhance Community Resilience", "Support Mental Health and Wellbeing",
			"Reduce Re-Offending and Support Victims", "Response and Recovery from Significant Community Events");

	@Test
	void kent2022ReportListsTheEightPublishedPrioritiesAndFiveThemesFromTheResult() {
		String html = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		assertThat(cells(table(html, "outcome-priority"), 2)).containsExactlyInAnyOrderElementsOf(PUBLISHED_PRIORITIES);
		assertThat(cells(table(html, "outcome-cross-cutting-theme"), 2)).containsExactlyInAnyOrderElementsOf(PUBLISHED_THEMES);
		assertThat(list(html, "published-priorities")).containsExactlyInAnyOrderElementsOf(PUBLISHED_PRIORITIES);
		assertThat(list(html, "published-themes")).containsExactlyInAnyOrderElementsOf(PUBLISHED_THEMES);

		String md = RunReport.markdown(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		assertThat(md).contains("### Priorities (8)", "### Cross-cutting themes (5)",
				"| 7 | Violence Against Women and Girls (VAWG) | new |", "| 8 | Road Safety | retained |");
	}

	@Test
	void changeLogMarksVawgNewAndNamesTheRenames() {
		String html = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		String log = table(html, "change-log");
		assertThat(rows(log)).anySatisfy(row -> assertThat(row).contains("class=\"change-new\"",
				"Violence Against Women and Girls (VAWG)", "not in last year&#39;s agreement"));
		assertThat(rows(log)).anySatisfy(row -> assertThat(row).contains("class=\"change-renamed\"",
				"was &#39;Anti-Social Behaviour&#39;"));
		// what changed comes before what stayed
		assertThat(log.indexOf("change-new")).isLessThan(log.indexOf("change-retained"));

		String md = RunReport.markdown(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		assertThat(md).contains("| New | Violence Against Women and Girls (VAWG) | not in last year's agreement |",
				"| Renamed | Preventing Neighbourhood Crime & ASB | was 'Anti-Social Behaviour'");
	}

	@Test
	void aimsReportShowsEachAimsFocusAreasKeyDriversAndWhatWasDropped() {
		String file = "kent-2026-27.yaml";
		String html = RunReport.html(Runs.result(file), Runs.tree(file), null, null);
		assertThat(html).contains("id=\"aim-aim-2\"", "Reducing violence, abuse, and high-harm offending", "Key drivers",
				"Serious Violence Duty", "class=\"change-dropped\"", "class=\"change-split\"");
		String md = RunReport.markdown(Runs.result(file), Runs.tree(file), null, null);
		assertThat(md).contains("## Key drivers", "| Statutory duty | Serious violence |", "| Dropped | Early intervention, prevention & education |");
	}

	@Test
	void departuresFromTheEngineAreHighlightedWithRationaleBodyAndDate() {
		List<DecisionRow> decisions = List.of(
				new DecisionRow("road-safety", "Road Safety", "priority", "cross-cutting-theme",
						"The Safer Roads partnership already leads this across the county", "KCSP Working Group",
						LocalDate.of(2022, 1, 27), "analyst-1"),
				new DecisionRow("domestic-abuse", null, "priority", "priority", "Agreed as recommended", "KCSP",
						LocalDate.of(2022, 3, 10), "analyst-1"));
		String html = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), recorded(), decisions);
		List<String> rows = rows(table(html, "decision-table"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).contains("class=\"departure\"", "Departure", "Road Safety", "priority", "cross-cutting theme",
				"The Safer Roads partnership already leads this across the county", "KCSP Working Group", "2022-01-27");
		assertThat(rows.get(1)).contains("class=\"agrees\"", "Domestic Abuse").doesNotContain("Departure");
		assertThat(html).contains("2 recorded; 1 departs from the engine&#39;s recommendation");

		String md = RunReport.markdown(Runs.result(KENT_2022), Runs.tree(KENT_2022), recorded(), decisions);
		assertThat(md).contains("| Road Safety **Departure** | priority | cross-cutting theme | The Safer Roads partnership "
				+ "already leads this across the county | KCSP Working Group | 2022-01-27 | analyst-1 |");
	}

	@Test
	void decisionsSectionAppearsOnlyWhenDecisionsAreGiven() {
		assertThat(RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null)).doesNotContain("id=\"decisions\"");
		String none = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), recorded(), List.of());
		assertThat(none).contains("id=\"decisions\"", "No decisions were recorded for this run.");
	}

	@Test
	void dataQualitySectionAppearsWhenTheJsonHasEntriesAndNotOtherwise() {
		ObjectNode flagged = Runs.result(KENT_2022);
		ArrayNode entries = flagged.putArray("dataQuality");
		ObjectNode entry = entries.addObject();
		entry.put("ruleId", "DQ-003").put("rule", "Percentage change uses the wrong base").put("kind", "arithmetic")
			.put("severity", "warning").put("message", "The published 5.68% rise uses 2021 as its base; against 2020 it is 6.0%.");
		entry.putArray("items").add("road-safety");
		entry.putArray("evidence").add("cr-road-casualties");
		entry.putObject("source").put("document", "scrutiny-2022-06").put("location", "L786");
		entry.put("threshold", 0.5);
		entries.addObject().put("ruleId", "DQ-009").put("severity", "info").put("message", "Geographies differ between measures.");

		String html = RunReport.html(flagged, Runs.tree(KENT_2022), null, null);
		List<String> rows = rows(table(html, "data-quality-table"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).contains("DQ-003", "Percentage change uses the wrong base", "arithmetic", "warning",
				"against 2020 it is 6.0%", "road-safety", "cr-road-casualties", "scrutiny-2022-06 L786", "threshold: 0.5");
		assertThat(rows.get(1)).contains("DQ-009", "Geographies differ between measures.");
		assertThat(html).contains("href=\"#data-quality\"");
		String md = RunReport.markdown(flagged, Runs.tree(KENT_2022), null, null);
		assertThat(md).contains("## Data quality", "2 flags raised", "| warning | DQ-003 Percentage change uses the wrong base |");

		ObjectNode unflagged = Runs.result(KENT_2022);
		unflagged.remove("dataQuality");
		String plain = RunReport.html(unflagged, Runs.tree(KENT_2022), null, null);
		assertThat(plain).doesNotContain("id=\"data-quality\"", "href=\"#data-quality\"");
		assertThat(RunReport.markdown(unflagged, Runs.tree(KENT_2022), null, null)).doesNotContain("Data quality");

		// Kent's own papers: the 2021 road casualty change was measured against the later year
		List<String> kent = rows(table(RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null), "data-quality-table"));
		assertThat(kent).anySatisfy(row -> assertThat(row).contains("DQ-001", "cr-road-casualties", "5.68%"));
		ObjectNode empty = Runs.result(KENT_2022);
		empty.putArray("dataQuality");
		assertThat(RunReport.html(empty, Runs.tree(KENT_2022), null, null)).doesNotContain("id=\"data-quality\"");
	}

	@Test
	void hostileTextIsEscapedInTheHtmlTheChartDataAndTheMarkdown() throws Exception {
		ObjectNode result = Runs.result(KENT_2022);
		String attack = "</script><script>alert('x')</script><img src=x onerror=alert(1)> | *bold* [link](javascript:alert(1)) &amp;";
		ObjectNode first = (ObjectNode) result.path("recommendations").get(0);
		first.put("name", attack);
		first.put("changeNote", attack);
		result.putArray("dataQuality").addObject().put("severity", "<b>high</b>").put("message", attack);
		List<DecisionRow> decisions = List.of(new DecisionRow(first.path("id").asText(), null, "priority", "watch-list",
				attack, "<i>board</i>", LocalDate.of(2022, 2, 1), "\"quoted\""));

		String html = RunReport.html(result, Runs.tree(KENT_2022), null, decisions);
		assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>high</b>", "<i>board</i>")
			.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;",
					"&lt;b&gt;high&lt;/b&gt;");
		// ECharts, the chart data and the chart code: no scenario text opens or closes a script element
		assertThat(count(html, "<script")).isEqualTo(3);
		assertThat(count(html, "</script>")).isEqualTo(3);
		String data = between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>");
		assertThat(data).doesNotContain("<", ">").contains("\\u003C/script\\u003E");
		JsonNode parsed = new ObjectMapper().readTree(data);
		assertThat(parsed.path("matrix").get(0).path("name").asText()).isEqualTo(attack);

		String md = RunReport.markdown(result, Runs.tree(KENT_2022), null, decisions);
		assertThat(md).doesNotContain("<script>", "<img", "<b>", "[link](")
			.contains("&lt;/script&gt;&lt;script&gt;alert('x')&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; \\| \\*bold\\* "
					+ "\\[link\\](javascript:alert(1)) &amp;amp;");
	}

	@Test
	void unrecordedRunSaysSoAndARecordedRunShowsItsProvenance() {
		String unrecorded = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		assertThat(unrecorded).contains("This run was not recorded", "<dt>Scenario SHA-256</dt><dd>not recorded</dd>",
				"as the assessment reported them", "rules/decision.drl");
		assertThat(RunReport.markdown(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null))
			.contains("> This run was not recorded", "| Scenario SHA-256 | not recorded |", "| rules/decision.drl |");

		String recorded = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), recorded(), null);
		assertThat(recorded).doesNotContain("This run was not recorded")
			.contains("Recorded run run-0042, 2022-01-27T10:15:00 UTC, by analyst-1", "<dd>" + "ab".repeat(32) + "</dd>",
					"<dd>0.1.0</dd>", "<dd>7</dd>", "as recorded with the run", "rules/only-this.drl", "cd".repeat(32));
	}

	@Test
	void matrixHasOnePointPerItemWithDistrictBreadthAndHarm() {
		ReportModel model = RunReport.model(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		assertThat(model.charts().matrix()).hasSize(15);
		var road = model.charts().matrix().stream().filter(p -> p.id().equals("road-safety")).findFirst().orElseThrow();
		assertThat(road.breadth()).isEqualTo(3 / 12.0);
		assertThat(road.harm()).isEqualTo(0.35);
		// named by 11 of 12 only inside the broader violence theme: breadth counts it, strength halves it
		var vawg = model.charts().matrix().stream().filter(p -> p.id().equals("vawg")).findFirst().orElseThrow();
		assertThat(vawg.breadth()).isEqualTo(11 / 12.0);
		assertThat(model.charts().heatMap().cells()).hasSize(15 * model.charts().heatMap().drivers().size());
		assertThat(model.charts().heatMap().drivers()).contains("Threat, risk and harm", "Community safety plans");
	}

	@Test
	void kent2022AppendicesFollowThePublishedLayout() {
		String md = RunReport.appendices(Runs.result(KENT_2022), Runs.tree(KENT_2022));
		assertThat(md).contains("# Appendices to the Kent Community Safety Agreement 2022/23",
				"## Appendix A: Strategic Assessments (2021-22)",
				"The counts include an issue identified as a main priority, cross-cutting theme or part of a broader theme.",
				"| Issue | No. of districts identifying these issues |\n", "| Domestic Abuse | 12 of 12 |\n", "| Road Safety | 3 of 12 |\n",
				"## Appendix B: Threat, Risk and Harm (MoRiLE-style) Assessment (2021-22)",
				"| 1 | Child Sexual Exploitation (CSE) | ranked | Safeguarding Vulnerable People (priority) |",
				"## Appendix C: Horizon Scanning (PESTELO)", "**Social / Demographic:**", "**Legislation:**",
				"Recent legislation:\n\n- Domestic Abuse Act 2021", "Upcoming legislation and duties:",
				"## Appendix D: Police and Crime Plan: 'Making Kent Safer' (April 2022 to March 2025)",
				"| Tackle violence against women and girls | covered | Violence Against Women and Girls (VAWG) (priority) |",
				"| Support volunteering | explained |",
				"| Protect young people and provide opportunities | covered | Early Intervention, Prevention and Education (cross-cutting theme), ",
				"## Appendix E: Kent CSA Priorities and Cross-Cutting Themes", "Kent CSA Priorities:", "Kent CSA Cross-Cutting Themes:");
		assertThat(md.indexOf("**Political:**")).isLessThan(md.indexOf("**Economic:**"));
		assertThat(md.indexOf("**Legislation:**")).isLessThan(md.indexOf("**Organisational:**"));
	}

	@Test
	void syntheticCountyAppendicesRenderFromPerDistrictReturnsAndScores() {
		String file = "synthetic/riverdale-2025-26.yaml";
		String md = RunReport.appendices(Runs.result(file), Runs.tree(file));
		assertThat(md).contains("## Appendix A: Strategic Assessments (2024-25)", "The outcome of the 7 district",
				"| Trauma-informed practice | 5 of 7 | Alderbrook (cross-cutting theme)",
				"## Appendix B: Threat, Risk and Harm (MoRiLE-style) Assessment (2024-25)",
				"| 1 | Coastal exploitation | harm physical 4, psychological 4, financial 3, community 3, vulnerability 4; "
						+ "likelihood 3; organisational position limited; confidence low; strength 0.59 |",
				"**Technological:**", "Safer Riverdale Together", "## Appendix E: Riverdale (synthetic) CSA Strategic Aims and Focus Areas",
				"**Safe and welcoming places, by day and by night**");
		String html = RunReport.html(Runs.result(file), Runs.tree(file), null, null);
		assertThat(html).contains("id=\"appendix-a\"", "Coastal exploitation", "Appendix E:");
		String kent2026 = RunReport.appendices(Runs.result("kent-2026-27.yaml"), Runs.tree("kent-2026-27.yaml"));
		assertThat(kent2026).contains("| Anti-social behaviour, Environmental crime | all (read as 100%) |",
				"No threat, risk and harm assessment was given for this year.");
	}

	@Test
	void theHtmlReportIsOneFileThatFetchesNothing() {
		String html = RunReport.html(Runs.result(KENT_2022), Runs.tree(KENT_2022), null, null);
		assertThat(html).contains(EChartsScript.text(), "Apache ECharts " + EChartsScript.version());
		// the report's own markup, without the library written into it
		String own = html.replace(EChartsScript.text(), "");
		assertThat(own).doesNotContain("<link", "src=", "@import", "url(", "http://", "https://");
		assertThat(html.length()).isBetween(500_000, 3_000_000);
	}

	private static RunInfo recorded() {
		return new RunInfo("run-0042", Instant.parse("2022-01-27T10:15:00Z"), "analyst-1", "ab".repeat(32), "0.1.0",
				Map.of("rules/only-this.drl", "cd".repeat(32)), 7L);
	}

	static String table(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("table " + id).isPositive();
		return html.substring(start, html.indexOf("</table>", start));
	}

	static List<String> rows(String table) {
		String body = table.substring(table.indexOf("<tbody>"));
		List<String> rows = new ArrayList<>();
		Matcher m = Pattern.compile("<tr(.*?)</tr>", Pattern.DOTALL).matcher(body);
		while (m.find()) {
			rows.add(m.group(1));
		}
		return rows;
	}

	/** The text of the n-th cell (from 1) of every body row. */
	static List<String> cells(String table, int n) {
		return rows(table).stream().map(row -> {
			Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row);
			for (int i = 0; i < n; i++) {
				assertThat(m.find()).isTrue();
			}
			return m.group(1);
		}).toList();
	}

	private static List<String> list(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		String ul = html.substring(start, html.indexOf("</ul>", start));
		List<String> items = new ArrayList<>();
		Matcher m = Pattern.compile("<li>(.*?)</li>").matcher(ul);
		while (m.find()) {
			items.add(m.group(1));
		}
		return items;
	}

	static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	static String between(String text, String from, String to) {
		int start = text.indexOf(from) + from.length();
		return text.substring(start, text.indexOf(to, start));
	}
}
