package org.csapriority.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.report.Appendices.Agreement;
import org.csapriority.report.Appendices.AimLine;
import org.csapriority.report.Appendices.DistrictRow;
import org.csapriority.report.Appendices.Districts;
import org.csapriority.report.Appendices.HorizonGroup;
import org.csapriority.report.Appendices.HorizonLine;
import org.csapriority.report.Appendices.HorizonPart;
import org.csapriority.report.Appendices.Plan;
import org.csapriority.report.Appendices.PlanLine;
import org.csapriority.report.Appendices.PlanPillar;
import org.csapriority.report.Appendices.Threat;
import org.csapriority.report.Appendices.ThreatRow;

/**
 * The appendices from the scenario (the evidence as given) and the result (what each piece of evidence fed):
 * the published agreements print the evidence alone, the report adds which items answer it.
 */
final class AppendicesBuilder {

	private static final String HARM = "threat-risk-harm";

	private final JsonNode result;

	private final ScenarioTree scenario;

	private final Map<String, JsonNode> items = new LinkedHashMap<>();

	AppendicesBuilder(JsonNode result, ScenarioTree scenario) {
		this.result = result;
		this.scenario = scenario;
		Json.list(result, "recommendations").forEach(r -> items.put(Json.text(r, "id"), r));
	}

	Appendices build() {
		String area = Json.text(result, "area");
		String year = Json.text(result, "financialYear");
		return new Appendices(("Appendices to the " + area + " Community Safety Agreement " + year).replace("  ", " "),
				districts(), threat(), horizon(), plan(), agreement());
	}

	private Districts districts() {
		JsonNode evidence = scenario.node().path("districtAssessments");
		int districts = scenario.districtCount();
		List<DistrictRow> rows = new ArrayList<>();
		List<JsonNode> counts = Json.list(evidence, "counts");
		// the published table states once what its counts mix; a row is qualified only where it differs
		List<String> usual = counts.isEmpty() ? List.of() : Json.texts(counts.get(0), "levels");
		for (JsonNode count : counts) {
			int of = count.hasNonNull("of") ? (int) Json.number(count, "of") : districts;
			rows.add(new DistrictRow(Json.text(count, "label"), (int) Json.number(count, "count") + " of " + of,
					Json.texts(count, "levels").equals(usual) ? "" : "as " + levels(count)));
		}
		for (JsonNode band : Json.list(evidence, "bands")) {
			String issues = String.join(", ", Json.texts(band, "issues").stream().map(scenario::issueName).toList());
			String phrase = Labels.readable(Json.text(band, "band"));
			rows.add(new DistrictRow(issues, phrase + " (read as " + percent(scenario.bandShare(Json.text(band, "band"))) + ")",
					"'" + Json.text(band, "statement") + "'"));
		}
		rows.addAll(perDistrict(evidence, districts));
		String year = Json.text(result, "assessmentYear");
		String counted = usual.isEmpty() ? "" : " The counts include an issue identified as " + levels(counts.get(0)) + ".";
		return new Districts("Appendix A: Strategic Assessments" + (year.isBlank() ? "" : " (" + year + ")"), districts,
				"The outcome of the " + districts + " district strategic assessments: the issues each identified." + counted,
				rows, rows.stream().anyMatch(r -> !r.detail().isEmpty()));
	}

	/** Per-district returns rolled up to one row per issue, the most widely named first, as the published table is. */
	private List<DistrictRow> perDistrict(JsonNode evidence, int districts) {
		Map<String, List<String>> namedBy = new TreeMap<>();
		for (JsonNode district : Json.list(evidence, "perDistrict")) {
			for (JsonNode named : Json.list(district, "named")) {
				namedBy.computeIfAbsent(Json.text(named, "issue"), i -> new ArrayList<>())
					.add(Json.text(district, "district") + " (" + Labels.level(Json.text(named, "level")) + ")");
			}
		}
		List<DistrictRow> rows = new ArrayList<>();
		namedBy.entrySet().stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
				.thenComparing(e -> scenario.issueName(e.getKey())))
			.forEach(e -> rows.add(new DistrictRow(scenario.issueName(e.getKey()), e.getValue().size() + " of " + districts,
					String.join(", ", e.getValue()))));
		return rows;
	}

	private static String levels(JsonNode count) {
		List<String> levels = Json.texts(count, "levels").stream().map(Labels::level).toList();
		if (levels.isEmpty()) {
			return "named";
		}
		if (levels.size() == 1) {
			return "a " + levels.get(0);
		}
		return "a " + String.join(", ", levels.subList(0, levels.size() - 1)) + " or " + levels.get(levels.size() - 1);
	}

	private Threat threat() {
		JsonNode trh = scenario.node().path("threatRiskHarm");
		String period = Json.text(trh, "period");
		String heading = "Appendix B: Threat, Risk and Harm (MoRiLE-style) Assessment" + (period.isBlank() ? "" : " (" + period + ")");
		List<ThreatRow> rows = new ArrayList<>();
		for (JsonNode ranked : Json.list(trh, "ranked")) {
			String issue = Json.text(ranked, "issue");
			rows.add(new ThreatRow(Json.text(ranked, "rank"), Json.text(ranked, "element"), "ranked",
					addressedBy(List.of(issue))));
		}
		List<JsonNode> scored = new ArrayList<>(Json.list(trh, "scored"));
		// a scored assessment is listed by the strength it gave the item that holds the issue, strongest first
		scored.sort(Comparator.comparingDouble((JsonNode s) -> -harmOf(Json.text(s, "issue"))));
		int rank = 0;
		for (JsonNode score : scored) {
			String issue = Json.text(score, "issue");
			rows.add(new ThreatRow(String.valueOf(++rank), scenario.issueName(issue), scores(score), addressedBy(List.of(issue))));
		}
		String method = "";
		if (!trh.isMissingNode() && !trh.isNull()) {
			String elements = Json.text(trh, "assessedElements");
			method = ("Scheme " + Json.text(trh, "scheme") + (Json.text(trh, "geography").isBlank() ? "" : ", " + Json.text(trh, "geography"))
					+ (elements.isBlank() ? "" : "; " + elements + " elements assessed")
					+ (Json.text(trh, "reading").isBlank() ? "" : "; the published table read " + Json.text(trh, "reading"))).trim();
		}
		return new Threat(heading, method, Json.text(trh, "readingRationale"), rows);
	}

	private double harmOf(String issue) {
		double harm = 0;
		for (String item : scenario.itemsHolding(List.of(issue))) {
			for (JsonNode part : Json.list(items.get(item), "scoreBreakdown")) {
				if (HARM.equals(Json.text(part, "driver"))) {
					harm = Math.max(harm, Json.number(part, "strength"));
				}
			}
		}
		return harm;
	}

	private String scores(JsonNode score) {
		List<String> harm = new ArrayList<>();
		score.path("harm").fields().forEachRemaining(e -> harm.add(e.getKey() + " " + e.getValue().asText()));
		List<String> parts = new ArrayList<>();
		if (!harm.isEmpty()) {
			parts.add("harm " + String.join(", ", harm));
		}
		for (String field : List.of("likelihood", "organisationalPosition", "confidence")) {
			if (!Json.text(score, field).isBlank()) {
				parts.add(words(field) + " " + Json.text(score, field));
			}
		}
		double strength = harmOf(Json.text(score, "issue"));
		parts.add("strength " + String.format(Locale.ROOT, "%.2f", strength));
		return String.join("; ", parts);
	}

	private static String words(String field) {
		return field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
	}

	/** The items that hold any of the issues, each with its outcome: where the evidence went. */
	private String addressedBy(List<String> issues) {
		List<String> names = new ArrayList<>();
		for (String id : scenario.itemsHolding(issues)) {
			JsonNode item = items.get(id);
			if (item != null) {
				names.add(Json.text(item, "name") + " (" + Labels.outcome(Json.text(item, "outcome")) + ")");
			}
		}
		return String.join(", ", names);
	}

	private List<HorizonGroup> horizon() {
		Map<String, List<JsonNode>> byCategory = new TreeMap<>(Comparator.comparingInt(Labels::pesteloOrder)
			.thenComparing(Comparator.naturalOrder()));
		for (JsonNode item : Json.list(scenario.node(), "horizonScanning")) {
			byCategory.computeIfAbsent(Json.text(item, "category"), c -> new ArrayList<>()).add(item);
		}
		List<HorizonGroup> groups = new ArrayList<>();
		byCategory.forEach((category, list) -> {
			Map<String, List<HorizonLine>> parts = new LinkedHashMap<>();
			boolean legislation = "legislation".equals(category);
			if (legislation) {
				parts.put("Recent legislation", new ArrayList<>());
				parts.put("Upcoming legislation and duties", new ArrayList<>());
			}
			for (JsonNode item : list) {
				String kind = Json.text(item, "kind");
				String part = !legislation ? "" : switch (kind) {
					case "new-legislation" -> "Recent legislation";
					case "upcoming-legislation" -> "Upcoming legislation and duties";
					default -> "Other";
				};
				String feeds = String.join(", ", scenario.itemsHolding(Json.texts(item, "issues")).stream()
					.filter(items::containsKey).map(id -> Json.text(items.get(id), "name")).toList());
				boolean plain = "emerging-issue".equals(kind) || legislation && !"Other".equals(part);
				parts.computeIfAbsent(part, p -> new ArrayList<>())
					.add(new HorizonLine(Json.text(item, "text"), plain ? "" : Labels.horizonKind(kind), feeds));
			}
			List<HorizonPart> kept = new ArrayList<>();
			parts.forEach((heading, lines) -> {
				if (!lines.isEmpty()) {
					kept.add(new HorizonPart(heading, lines));
				}
			});
			groups.add(new HorizonGroup(Labels.pestelo(category), kept));
		});
		return groups;
	}

	private Plan plan() {
		JsonNode plan = scenario.node().path("policeAndCrimePlan");
		Map<String, JsonNode> regard = new HashMap<>();
		for (JsonNode p : Json.list(result.path("compliance"), "policeAndCrimePlan")) {
			regard.put(Json.text(p, "id"), p);
		}
		Map<String, List<PlanLine>> pillars = new LinkedHashMap<>();
		for (JsonNode priority : Json.list(plan, "priorities")) {
			JsonNode found = regard.get(Json.text(priority, "id"));
			String finding = Json.text(found, "finding");
			String addressed = Json.list(found, "items").isEmpty()
					? ("explained".equals(finding) ? Json.text(found, "reason") : "")
					: String.join(", ", Json.list(found, "items").stream()
						.map(i -> Json.text(i, "name") + " (" + Labels.outcome(Json.text(i, "outcome")) + ")").toList());
			pillars.computeIfAbsent(Json.text(priority, "pillar"), p -> new ArrayList<>())
				.add(new PlanLine(Json.text(priority, "text"), finding, addressed));
		}
		List<PlanPillar> list = new ArrayList<>();
		pillars.forEach((pillar, lines) -> list.add(new PlanPillar(pillar, lines)));
		String title = Json.text(plan, "title");
		String period = Json.text(plan, "period");
		String heading = "Appendix D: Police and Crime Plan" + (title.isBlank() ? "" : ": '" + title + "'")
				+ (period.isBlank() ? "" : " (" + period + ")");
		return new Plan(heading, list);
	}

	private Agreement agreement() {
		boolean aims = "strategic-aims".equals(Json.text(result, "framework"));
		List<String> priorities = new ArrayList<>();
		List<String> themes = new ArrayList<>();
		for (JsonNode item : items.values()) {
			switch (Json.text(item, "outcome")) {
				case "priority" -> priorities.add(Json.text(item, "name"));
				case "cross-cutting-theme" -> themes.add(Json.text(item, "name"));
				default -> {
				}
			}
		}
		List<AimLine> aimLines = new ArrayList<>();
		for (JsonNode aim : Json.list(result, "aims")) {
			aimLines.add(new AimLine(Json.text(aim, "name"), Json.list(aim, "focusAreas").stream().map(Json::describe).toList(),
					Json.list(aim, "supportingAreas").stream().map(Json::describe).toList()));
		}
		String area = Json.text(result, "area");
		String heading = "Appendix E: " + area + " CSA " + (aims ? "Strategic Aims and Focus Areas" : "Priorities and Cross-Cutting Themes");
		return new Agreement(heading.replace("  ", " "), aims, priorities, themes, aimLines);
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}
}
