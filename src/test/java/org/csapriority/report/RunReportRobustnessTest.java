package org.csapriority.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.report.RunReportTest.between;
import static org.csapriority.report.RunReportTest.cells;
import static org.csapriority.report.RunReportTest.count;
import static org.csapriority.report.RunReportTest.rows;
import static org.csapriority.report.RunReportTest.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.csapriority.sensitivity.RobustnessResult;
import org.csapriority.sensitivity.RobustnessResult.ItemRobustness;
import org.csapriority.sensitivity.RobustnessResult.Label;
import org.csapriority.sensitivity.RobustnessResult.LabelRule;
import org.csapriority.sensitivity.RobustnessResult.Shift;
import org.csapriority.sensitivity.RobustnessResult.Tornado;
import org.csapriority.sensitivity.RobustnessResult.TornadoBar;

/**
 * The robustness section of the run reports, read from the {@code robustness} object a robustness run adds to the
 * stored result (see {@link RobustnessFixture} for the figures).
 */
class RunReportRobustnessTest {

	private static final String KENT = RobustnessFixture.KENT;

	@Test
	void withoutARobustnessObjectTheSectionIsLeftOut() throws Exception {
		String html = RunReport.html(Runs.result(KENT), Runs.tree(KENT), null, null);
		assertThat(html).doesNotContain("id=\"robustness\"", "href=\"#robustness\"", "id=\"robustness-", "Robustness</");
		assertThat(chartData(html).has("robustness")).isFalse();
		assertThat(RunReport.markdown(Runs.result(KENT), Runs.tree(KENT), null, null)).doesNotContain("Robustness",
				"plausible worlds");

		ObjectNode notAnObject = Runs.result(KENT);
		notAnObject.putNull("robustness");
		assertThat(RunReport.html(notAnObject, Runs.tree(KENT), null, null)).doesNotContain("id=\"robustness\"");

		String with = RunReport.html(RobustnessFixture.result(), Runs.tree(KENT), null, null);
		assertThat(with).contains("<section id=\"robustness\">", "<li><a href=\"#robustness\">Robustness</a></li>");
		assertThat(chartData(with).has("robustness")).isTrue();
		// still one file that fetches nothing
		assertThat(with.replace(EChartsScript.text(), "")).doesNotContain("<link", "src=", "@import", "url(", "http://",
				"https://");
	}

	@Test
	void whatWasDoneGivesSeedSamplesWhatVariedWhatWasHeldAndTheRunsOwnLabelRule() {
		String html = html();
		String method = between(html, "id=\"robustness-method\"", "</dl>");
		assertThat(method).contains("<dt>Samples</dt><dd>10,000 plausible worlds", "<dt>Seed</dt><dd>20220127 ");
		assertThat(list(html, "robustness-varied")).hasSize(4)
			.anySatisfy(v -> assertThat(v).startsWith("threat, risk and harm scores"))
			.anySatisfy(v -> assertThat(v).contains("resampled over the districts"))
			.anySatisfy(v -> assertThat(v).startsWith("the drivers&#39; weights"))
			.anySatisfy(v -> assertThat(v).startsWith("the policy&#39;s thresholds"));
		assertThat(list(html, "robustness-held-fixed"))
			.containsExactly("MoRiLE rank order 2021-22: published as a rank with no confidence");
		// the fixture's thresholds, not the policy's 90% and 40%
		assertThat(between(html, "id=\"robustness-label-rule\">", "</dd>"))
			.isEqualTo("Stable: at least 85% of samples keep the stated outcome; fragile: under 50%; contested: in between.");

		List<String> inputs = rows(table(html, "robustness-inputs"));
		assertThat(inputs).hasSize(4);
		assertThat(inputs.get(0)).contains("<td>Weight</td>", "<td>weights.threat-risk-harm</td>", "<td>0.20</td>",
				"<td>uniform 0.15 to 0.25</td>");
		assertThat(inputs.get(3)).contains("<td>Districts</td>", "bootstrap: 12 districts drawn with replacement");

		ObjectNode other = Runs.result(KENT);
		RobustnessResult r = RobustnessFixture.robustness(other);
		other.set("robustness", RobustnessFixture.stored(new RobustnessResult(r.scenario(), r.seed(), r.samples(), r.varied(),
				r.inputs(), List.of(), new LabelRule(0.925, 0.3), r.items(), r.kendallTau(), r.tornado(),
				r.samplesMatchingBaseline())));
		String changed = RunReport.html(other, Runs.tree(KENT), null, null);
		assertThat(between(changed, "id=\"robustness-label-rule\">", "</dd>")).contains("at least 92.5% of samples",
				"under 30%");
		assertThat(changed).doesNotContain("id=\"robustness-held-fixed\"").contains("Every other input is held at its stated value.");
	}

	@Test
	void itemTableGivesEachItemsShareLabelOutcomeProbabilitiesAndRanksInTheStatedOrder() {
		String html = html();
		String items = table(html, "robustness-items");
		assertThat(rows(items)).hasSize(15);
		assertThat(cells(items, 1)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
				"15");
		assertThat(row(items, "road-safety")).contains("class=\"robust-contested\"", "<td class=\"name\">Road Safety</td>",
				"<td>priority</td>", "<td class=\"num\">61%</td>", "<span class=\"badge label-contested\">contested</span>",
				"<td>priority 61%, cross-cutting theme 30%, watch list 9%</td>", "<td class=\"num\">6–12</td>",
				"<td class=\"num\">8.9</td>");
		assertThat(row(items, "vawg")).contains("<td class=\"num\">98%</td>", "label-stable", "<td class=\"num\">6–8</td>");
		assertThat(row(items, "early-intervention")).contains("<td>cross-cutting theme</td>", "<td class=\"num\">32%</td>",
				"label-fragile", "<td>cross-cutting theme 32%, watch list 55%, not prioritised 13%</td>");
		// 84.7% would read as 85%, the stable line, beside a "contested" label
		assertThat(row(items, "quality-of-life")).contains("<td class=\"num\">84.7%</td>", "label-contested",
				"<td>cross-cutting theme 84.7%, watch list 15%</td>");
	}

	@Test
	void sharesArePrintedWholeUnlessThatWouldMisplaceThem() {
		assertThat(Fmt.share(0.61, 0.9, 0.4)).isEqualTo("61%");
		assertThat(Fmt.share(0.896, 0.9, 0.4)).isEqualTo("89.6%");
		assertThat(Fmt.share(0.9, 0.9, 0.4)).isEqualTo("90%");
		assertThat(Fmt.share(0.3996, 0.9, 0.4)).isEqualTo("39.96%");
		assertThat(Fmt.share(0.9996)).isEqualTo("99.96%");
		assertThat(Fmt.share(0.0004)).isEqualTo("0.04%");
		assertThat(Fmt.share(1)).isEqualTo("100%");
		assertThat(Fmt.share(0)).isEqualTo("0%");
		assertThat(Fmt.threshold(0.9)).isEqualTo("90%");
		assertThat(Fmt.threshold(0.925)).isEqualTo("92.5%");
	}

	@Test
	void whatThisMeansIsWrittenFromTheFigures() {
		String meaning = between(html(), "id=\"robustness-meaning\">", "</div>");
		assertThat(meaning).contains("Of the 15 items, 12 are stable, 2 contested and 1 fragile, across 10,000 plausible worlds",
				"Violence Against Women and Girls (VAWG) keeps its stated outcome (priority) in 98% of plausible worlds; "
						+ "Early Intervention, Prevention and Education (cross-cutting theme) in only 32% — it hinges most on "
						+ "districts: Canterbury (without Canterbury: rank 14, watch list; as stated: rank 12, cross-cutting theme).",
				"Road Safety keeps its stated outcome (priority) in only 61% of plausible worlds — it hinges most on "
						+ "weights.threat-risk-harm (0.15: rank 11, cross-cutting theme; 0.25: rank 7, priority).",
				"Improve Quality of Life and Enhance Community Resilience keeps its stated outcome (cross-cutting theme) in only 84.7%",
				"median of 0.92 and lies between 0.81 and 0.98 in 90% of samples; 12% of samples give exactly the stated order, "
						+ "and 8% every stated outcome and rank.");
		// the least stable item first
		assertThat(meaning.indexOf("Early Intervention")).isLessThan(meaning.indexOf("Road Safety"));

		// every item stable: the paragraph says so and names the least certain
		ObjectNode steady = Runs.result(KENT);
		RobustnessResult r = RobustnessFixture.robustness(steady);
		List<ItemRobustness> stable = r.items().stream().map(i -> new ItemRobustness(i.id(),
				i.id().equals("road-safety") ? "Roads, renamed" : i.name(), i.baselineOutcome(), i.baselineRank(),
				i.baselineScore(), i.outcomes(), i.id().equals("road-safety") ? 0.86 : Math.max(i.baselineShare(), 0.9),
				Label.STABLE, i.rankAcceptability(), i.meanRank(), i.rankLow(), i.rankHigh())).toList();
		// nothing moves Town Centres on its own
		List<Tornado> tornadoes = r.tornado().stream().map(t -> !t.item().equals("town-centres") ? t
				: new Tornado(t.item(), t.bars().stream().map(b -> new TornadoBar(b.input(), b.lowLabel(), b.highLabel(),
						new Shift("within-priority", 15, 0), new Shift("within-priority", 15, 0), 0, false)).toList()))
			.toList();
		steady.set("robustness", RobustnessFixture.stored(new RobustnessResult(r.scenario(), r.seed(), r.samples(), r.varied(),
				r.inputs(), r.heldFixed(), r.labels(), stable, r.kendallTau(), tornadoes, r.samplesMatchingBaseline())));
		String html = RunReport.html(steady, Runs.tree(KENT), null, null);
		assertThat(between(html, "id=\"robustness-meaning\">", "</div>")).contains(
				"All 15 items are stable: each keeps its stated outcome in at least 85% of 10,000 plausible worlds.",
				"The least certain is Roads, renamed (priority), which keeps its outcome in 86% of plausible worlds; "
						+ "it hinges most on weights.threat-risk-harm")
			.doesNotContain("Road Safety", "in only");
		assertThat(html).contains("id=\"robustness-all-stable\"").doesNotContain("class=\"tornado\"");
		assertThat(between(html, "Every item's one-at-a-time results as tables", "</details>"))
			.containsPattern("Town Centres \\(stable; stated within another priority, rank 15, score 0.00\\)</h4>\\s*"
					+ "<p>No input on its own moves this item.</p>\\s*<p class=\"muted\">3 inputs do not move it at all.</p>");
	}

	@Test
	void everyChartHasATableOrTextBesideIt() {
		String html = html();
		String ranks = table(html, "robustness-ranks-table");
		assertThat(count(between(ranks, "<thead>", "</thead>"), "<th")).isEqualTo(16);
		List<String> roadRanks = cells(ranks, 1);
		assertThat(roadRanks).hasSize(15);
		String road = rows(ranks).get(7);
		assertThat(road).contains("Road Safety");
		assertThat(cellTexts(road)).containsExactly("Road Safety", "", "", "", "", "", "", "30%", "40%", "30%", "", "", "", "",
				"", "");

		assertThat(between(html, "id=\"robustness-tau-summary\">", "</p>")).startsWith(
				"Mean 0.91, median 0.92; 90% of samples between 0.81 (5th percentile) and 0.98 (95th); lowest 0.62, highest 1.00.");
		List<String> tau = rows(table(html, "robustness-tau-table"));
		assertThat(tau).hasSize(8);
		assertThat(cellTexts(tau.get(6))).containsExactly("0.90–0.95", "28%");

		// a tornado of its own for each item that is not stable, least stable first
		Matcher own = Pattern.compile("<div class=\"tornado\" id=\"tornado-([a-z-]+)\">").matcher(html);
		List<String> drawn = new java.util.ArrayList<>();
		while (own.find()) {
			drawn.add(own.group(1));
		}
		assertThat(drawn).containsExactly("early-intervention", "road-safety", "quality-of-life");
		String roadTornado = between(html, "id=\"tornado-road-safety\">", "</details>");
		List<String> bars = rows(roadTornado.substring(roadTornado.indexOf("<table")));
		// largest swing first; an input that does not move the item is counted, not drawn
		assertThat(bars).hasSize(3);
		assertThat(bars.get(0)).contains("class=\"outcome-changes\"", "<td>weights.threat-risk-harm</td>", "<td>0.15</td>",
				"<td>rank 11, score 0.24, cross-cutting theme</td>", "<td>rank 7, score 0.30, priority</td>", "4.06", "<td>yes</td>");
		assertThat(roadTornado).contains("keeps its stated outcome (priority, rank 8, score 0.27) in 61% of samples",
				"1 input does not move it at all.").doesNotContain("weights.crime-rates");

		// the chooser lists every item and starts on the least stable
		String chooser = between(html, "<select id=\"tornado-item\">", "</select>");
		assertThat(count(chooser, "<option")).isEqualTo(15);
		assertThat(chooser).containsPattern("<option value=\"\\d+\" selected=\"selected\">Early Intervention, Prevention and "
				+ "Education \\(fragile, 32%\\)</option>");
		assertThat(count(between(html, "Every item's one-at-a-time results as tables", "</details>"), "class=\"tornado-table\""))
			.isEqualTo(15);
	}

	@Test
	void chartDataCarriesTheFiguresTheChartsDraw() throws Exception {
		JsonNode data = chartData(html()).path("robustness");
		assertThat(data.path("items")).hasSize(15);
		assertThat(data.path("ranks").asInt()).isEqualTo(15);
		assertThat(data.path("outcomes").findValuesAsText("id")).containsExactly("priority", "cross-cutting-theme",
				"within-priority", "watch-list", "not-prioritised");
		assertThat(data.path("tornadoes")).hasSize(15);
		JsonNode first = data.path("tornadoes").get(data.path("firstChoice").asInt());
		assertThat(first.path("item").asText()).isEqualTo("early-intervention");
		assertThat(data.path("tau").path("bins")).hasSize(8);
	}

	@Test
	void markdownCarriesTheSameSectionWithTheChartsAsTables() {
		String md = RunReport.markdown(RobustnessFixture.result(), Runs.tree(KENT), null, null);
		String section = between(md, "## Robustness\n", "## Statutory compliance");
		assertThat(md.indexOf("## Evidence heat map")).isLessThan(md.indexOf("## Robustness"));
		assertThat(section).contains("### What this means\n\nOf the 15 items, 12 are stable",
				"Road Safety keeps its stated outcome (priority) in only 61% of plausible worlds — it hinges most on "
						+ "weights.threat-risk-harm (0.15: rank 11, cross-cutting theme; 0.25: rank 7, priority).",
				"- Samples: 10,000 plausible worlds", "- Seed: 20220127 ",
				"- Held fixed: MoRiLE rank order 2021-22: published as a rank with no confidence. Every other input",
				"- Labels: Stable: at least 85% of samples keep the stated outcome; fragile: under 50%; contested: in between.",
				"| Weight | weights.threat-risk-harm | 0.20 | uniform 0.15 to 0.25 |",
				"| 8 | Road Safety | priority | 61% | contested | priority 61%, cross-cutting theme 30%, watch list 9% | 6–12 | 8.9 |",
				"| 11 | Improve Quality of Life and Enhance Community Resilience | cross-cutting theme | 84.7% | contested |",
				"| Item | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 |",
				"| Road Safety |  |  |  |  |  |  | 30% | 40% | 30% |  |  |  |  |  |  |",
				"| 0.90–0.95 | 28% |", "Mean 0.91, median 0.92",
				"#### Road Safety (contested, keeps its stated outcome in 61%)\n\nStated: rank 8, score 0.27, priority.",
				"| weights.threat-risk-harm | 0.15 | rank 11, score 0.24, cross-cutting theme | 0.25 | rank 7, score 0.30, priority | 4.06 | yes |",
				"#### Violence Against Women and Girls (VAWG) (stable, keeps its stated outcome in 98%)");
		assertThat(count(section, "\n#### ")).isEqualTo(16); // the inputs, and one for each item
	}

	@Test
	void hostileTextInTheRobustnessRunIsEscapedEverywhere() throws Exception {
		ObjectNode result = Runs.result(KENT);
		RobustnessResult r = RobustnessFixture.robustness(result);
		String attack = "</script><script>alert('x')</script><img src=x onerror=alert(1)> | *bold*";
		List<ItemRobustness> items = r.items().stream().map(i -> i.id().equals("road-safety")
				? new ItemRobustness(i.id(), attack, i.baselineOutcome(), i.baselineRank(), i.baselineScore(), i.outcomes(),
						i.baselineShare(), i.label(), i.rankAcceptability(), i.meanRank(), i.rankLow(), i.rankHigh())
				: i).toList();
		result.set("robustness", RobustnessFixture.stored(new RobustnessResult(r.scenario(), r.seed(), r.samples(), r.varied(),
				r.inputs(), List.of(attack), r.labels(), items, r.kendallTau(), r.tornado(), r.samplesMatchingBaseline())));

		String html = RunReport.html(result, Runs.tree(KENT), null, null);
		assertThat(html).doesNotContain("<script>alert", "<img src=x")
			.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		assertThat(count(html, "<script")).isEqualTo(3);
		String data = between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>");
		assertThat(data).doesNotContain("<", ">");
		assertThat(new ObjectMapper().readTree(data).path("robustness").path("items").get(7).path("name").asText())
			.isEqualTo(attack);
		String md = RunReport.markdown(result, Runs.tree(KENT), null, null);
		assertThat(md).doesNotContain("<script>", "<img").contains("&lt;/script&gt;&lt;script&gt;alert('x')", "\\| \\*bold\\*");
	}

	private static String html() {
		return RunReport.html(RobustnessFixture.result(), Runs.tree(KENT), null, null);
	}

	private static JsonNode chartData(String html) throws Exception {
		return new ObjectMapper().readTree(between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>"));
	}

	private static String row(String table, String item) {
		return rows(table).stream().filter(r -> r.contains("id=\"robust-" + item + "\"")).findFirst().orElseThrow();
	}

	private static List<String> cellTexts(String row) {
		Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row);
		List<String> cells = new java.util.ArrayList<>();
		while (m.find()) {
			cells.add(m.group(1));
		}
		return cells;
	}

	private static List<String> list(String html, String id) {
		String ul = between(html, "id=\"" + id + "\">", "</ul>");
		Matcher m = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(ul);
		List<String> items = new java.util.ArrayList<>();
		while (m.find()) {
			items.add(m.group(1));
		}
		return items;
	}
}
