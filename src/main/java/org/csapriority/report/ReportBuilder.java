package org.csapriority.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.report.ReportModel.AimView;
import org.csapriority.report.ReportModel.ChangeEntry;
import org.csapriority.report.ReportModel.Charts;
import org.csapriority.report.ReportModel.Compliance;
import org.csapriority.report.ReportModel.Contribution;
import org.csapriority.report.ReportModel.DecisionView;
import org.csapriority.report.ReportModel.Decisions;
import org.csapriority.report.ReportModel.DriverGroup;
import org.csapriority.report.ReportModel.DriverLine;
import org.csapriority.report.ReportModel.DutyRow;
import org.csapriority.report.ReportModel.Heading;
import org.csapriority.report.ReportModel.HeatCell;
import org.csapriority.report.ReportModel.HeatMap;
import org.csapriority.report.ReportModel.Item;
import org.csapriority.report.ReportModel.ItemDrivers;
import org.csapriority.report.ReportModel.MatrixPoint;
import org.csapriority.report.ReportModel.OutcomeGroup;
import org.csapriority.report.ReportModel.PlanRow;
import org.csapriority.report.ReportModel.Provenance;
import org.csapriority.report.ReportModel.QualityFlag;
import org.csapriority.report.ReportModel.RuleFile;

/** Builds the report's model from what was stored: the assessment as JSON and the merged scenario. */
final class ReportBuilder {

	private static final String HARM = "threat-risk-harm";

	/** How many of an item's drivers the report names: the ones that carry most of its score. */
	private static final int MAIN_DRIVERS = 3;

	private static final Set<String> QUALITY_FIELDS = Set.of("severity", "ruleId", "rule", "kind", "message", "items",
			"evidence", "source");

	private final JsonNode result;

	private final ScenarioTree scenario;

	private final List<JsonNode> items;

	ReportBuilder(JsonNode result, JsonNode scenarioTree) {
		this.result = result;
		this.scenario = new ScenarioTree(scenarioTree);
		this.items = Json.list(result, "recommendations");
	}

	ReportModel build(RunInfo info, List<DecisionRow> decisions) {
		return new ReportModel(heading(), aims(), groups(true), groups(false), changes(), drivers(), compliance(),
				decisions(decisions), dataQuality(), provenance(info), charts(),
				new AppendicesBuilder(result, scenario).build(), RobustnessReader.read(result));
	}

	Heading heading() {
		String area = Json.text(result, "area");
		String year = Json.text(result, "financialYear");
		return new Heading((area + " Community Safety Agreement " + year).trim(), area, Json.text(result, "partnership"),
				year, Json.text(result, "assessmentYear"), Json.text(result, "scenario"),
				"strategic-aims".equals(Json.text(result, "framework")));
	}

	private Item item(JsonNode r) {
		String summary = Json.text(r, "summary");
		int because = summary.indexOf("Because: ");
		return new Item(Json.text(r, "id"), Json.text(r, "name"), Json.text(r, "outcome"),
				Labels.outcome(Json.text(r, "outcome")), Json.text(r, "within"), (int) Json.number(r, "rank"),
				Json.number(r, "score"), Json.text(r, "change"), Json.text(r, "changeNote"),
				because < 0 ? summary : summary.substring(because + "Because: ".length()));
	}

	/** Outcomes in the order the ranking puts them; adopted outcomes are the recommendation, the rest were considered. */
	private List<OutcomeGroup> groups(boolean adopted) {
		Map<String, List<Item>> byOutcome = new LinkedHashMap<>();
		for (JsonNode r : items) {
			String outcome = Json.text(r, "outcome");
			if (Labels.adopted(outcome) == adopted) {
				byOutcome.computeIfAbsent(outcome, o -> new ArrayList<>()).add(item(r));
			}
		}
		List<OutcomeGroup> groups = new ArrayList<>();
		byOutcome.forEach((outcome, list) -> groups.add(new OutcomeGroup(outcome, Labels.outcomeHeading(outcome), list)));
		return groups;
	}

	private List<AimView> aims() {
		List<AimView> aims = new ArrayList<>();
		for (JsonNode aim : Json.list(result, "aims")) {
			aims.add(new AimView(Json.text(aim, "id"), Json.text(aim, "name"), Json.text(aim, "status"),
					names(aim, "focusAreas"), names(aim, "supportingAreas"), driverGroups(aim, "keyDrivers"),
					driverGroups(aim, "otherDrivers"), lines(aim.path("notes"))));
		}
		return aims;
	}

	private static List<String> names(JsonNode node, String field) {
		return Json.list(node, field).stream().map(Json::describe).toList();
	}

	private static List<DriverGroup> driverGroups(JsonNode aim, String field) {
		List<DriverGroup> groups = new ArrayList<>();
		for (JsonNode group : Json.list(aim, field)) {
			String label = Json.text(group, "label");
			groups.add(new DriverGroup(label.isBlank() ? Labels.driver(Json.text(group, "driver")) : label,
					lines(group.path("items"))));
		}
		return groups;
	}

	private static List<DriverLine> lines(JsonNode array) {
		List<DriverLine> lines = new ArrayList<>();
		array.forEach(line -> lines.add(new DriverLine(Json.text(line, "area"), Json.text(line, "sentence"),
				Json.text(line, "ruleId"))));
		return lines;
	}

	private List<ChangeEntry> changes() {
		List<ChangeEntry> changes = new ArrayList<>();
		for (JsonNode r : items) {
			String change = Json.text(r, "change");
			// an item that was not in last year's agreement and is not adopted now did not change the agreement
			if (!change.isBlank() && !"none".equals(change)) {
				changes.add(new ChangeEntry(change, Labels.change(change), Json.text(r, "name"), Json.text(r, "changeNote")));
			}
		}
		for (JsonNode d : Json.list(result, "dropped")) {
			String was = Json.text(d, "previousForm");
			changes.add(new ChangeEntry("dropped", Labels.change("dropped"), Json.text(d, "name"),
					(was.isBlank() ? "" : "was a " + Labels.outcome(was) + "; ") + Json.text(d, "reason")));
		}
		changes.sort(Comparator.comparingInt(c -> Labels.changeOrder(c.change())));
		return changes;
	}

	private List<ItemDrivers> drivers() {
		List<ItemDrivers> all = new ArrayList<>();
		for (JsonNode r : items) {
			List<Contribution> parts = new ArrayList<>();
			for (JsonNode part : Json.list(r, "scoreBreakdown")) {
				if (Json.number(part, "points") > 0) {
					String driver = Json.text(part, "driver");
					JsonNode because = reason(r, driver);
					parts.add(new Contribution(Labels.driver(driver), Json.number(part, "weight"), Json.number(part, "strength"),
							Json.number(part, "points"), Json.text(because, "sentence"), Json.text(because, "ruleId")));
				}
			}
			parts.sort(Comparator.comparingDouble(Contribution::points).reversed());
			all.add(new ItemDrivers(Json.text(r, "name"), Labels.outcome(Json.text(r, "outcome")),
					List.copyOf(parts.subList(0, Math.min(MAIN_DRIVERS, parts.size())))));
		}
		return all;
	}

	/** The first justification that supports the item under this driver: the rule that gave the points. */
	private static JsonNode reason(JsonNode item, String driver) {
		for (JsonNode j : Json.list(item, "justifications")) {
			if (driver.equals(Json.text(j, "driver")) && !"false".equals(Json.text(j, "supportive"))) {
				return j;
			}
		}
		return null;
	}

	private Compliance compliance() {
		JsonNode c = result.path("compliance");
		List<DutyRow> duties = new ArrayList<>();
		int gaps = 0;
		for (JsonNode d : Json.list(c, "duties")) {
			String finding = Json.text(d, "finding");
			gaps += "gap".equals(finding) ? 1 : 0;
			duties.add(new DutyRow(finding, Json.text(d, "citation"), Json.text(d, "bearer"), Json.text(d, "status"),
					itemNames(d), Json.text(d, "reason"), Json.text(d, "ruleId")));
		}
		// gaps first: they are what scrutiny must see
		duties.sort(Comparator.comparingInt(d -> "gap".equals(d.finding()) ? 0 : 1));
		List<PlanRow> plan = new ArrayList<>();
		for (JsonNode p : Json.list(c, "policeAndCrimePlan")) {
			plan.add(new PlanRow(Json.text(p, "finding"), Json.text(p, "text"), Json.text(p, "pillar"), itemNames(p),
					Json.text(p, "reason"), Json.text(p, "ruleId")));
		}
		return new Compliance(gaps, duties, plan);
	}

	private static String itemNames(JsonNode finding) {
		return String.join(", ", Json.list(finding, "items").stream().map(Json::describe).toList());
	}

	/** Null when no decisions were given, so the section is left out rather than shown empty. */
	private Decisions decisions(List<DecisionRow> rows) {
		if (rows == null) {
			return null;
		}
		List<DecisionView> views = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		items.forEach(r -> names.put(Json.text(r, "id"), Json.text(r, "name")));
		int departures = 0;
		for (DecisionRow row : rows) {
			String name = row.itemName() != null && !row.itemName().isBlank() ? row.itemName()
					: names.getOrDefault(row.item(), String.valueOf(row.item()));
			departures += row.departs() ? 1 : 0;
			views.add(new DecisionView(name, outcome(row.engineOutcome()), outcome(row.adoptedOutcome()), row.departs(),
					orNotRecorded(row.rationale()), orNotRecorded(row.decidingBody()),
					row.decidedOn() == null ? "not recorded" : row.decidedOn().toString(), orNotRecorded(row.recordedBy())));
		}
		return new Decisions(departures, views);
	}

	private static String outcome(String outcome) {
		return outcome == null || outcome.isBlank() ? "not recorded" : Labels.outcome(outcome);
	}

	/** The data-quality flags, when the JSON carries them (a run made before they existed has none). */
	private List<QualityFlag> dataQuality() {
		List<QualityFlag> flags = new ArrayList<>();
		for (JsonNode entry : Json.list(result, "dataQuality")) {
			List<String> other = new ArrayList<>();
			Iterator<Map.Entry<String, JsonNode>> fields = entry.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				String text = Json.describe(field.getValue());
				if (!QUALITY_FIELDS.contains(field.getKey()) && !text.isBlank()) {
					other.add(field.getKey() + ": " + text);
				}
			}
			flags.add(new QualityFlag(Json.text(entry, "severity"), Json.text(entry, "ruleId"), Json.text(entry, "rule"),
					Json.text(entry, "kind"), Json.text(entry, "message"), Json.describe(entry.get("items")),
					Json.describe(entry.get("evidence")), Json.cite(entry.get("source")), String.join("; ", other)));
		}
		return flags;
	}

	private Provenance provenance(RunInfo info) {
		List<RuleFile> files = new ArrayList<>();
		String from;
		if (info != null && !info.ruleFiles().isEmpty()) {
			info.ruleFiles().forEach((file, sha) -> files.add(new RuleFile(file, sha)));
			from = "as recorded with the run";
		}
		else {
			Iterator<Map.Entry<String, JsonNode>> fields = result.path("ruleFiles").fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				files.add(new RuleFile(field.getKey(), field.getValue().asText()));
			}
			files.sort(Comparator.comparing(RuleFile::file));
			from = "as the assessment reported them";
		}
		int fired = result.path("rulesFired").size();
		if (info == null) {
			String none = "not recorded";
			return new Provenance(false, none, none, none, none, none, none, files, from, fired);
		}
		return new Provenance(true, orNotRecorded(info.runId()),
				info.recordedAt() == null ? "not recorded"
						: DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(info.recordedAt().atOffset(ZoneOffset.UTC)
							.toLocalDateTime().withNano(0)) + " UTC",
				orNotRecorded(info.recordedBy()), orNotRecorded(info.scenarioSha256()), orNotRecorded(info.engineVersion()),
				info.seed() == null ? "none" : info.seed().toString(), files, from, fired);
	}

	private static String orNotRecorded(String value) {
		return value == null || value.isBlank() ? "not recorded" : value;
	}

	private Charts charts() {
		List<MatrixPoint> matrix = new ArrayList<>();
		boolean harmAssessed = false;
		List<String> names = new ArrayList<>();
		List<String> driverIds = new ArrayList<>();
		for (JsonNode r : items) {
			double harm = 0;
			for (JsonNode part : Json.list(r, "scoreBreakdown")) {
				String driver = Json.text(part, "driver");
				if (!driverIds.contains(driver)) {
					driverIds.add(driver);
				}
				if (HARM.equals(driver)) {
					harm = Json.number(part, "strength");
				}
			}
			harmAssessed |= harm > 0;
			String outcome = Json.text(r, "outcome");
			matrix.add(new MatrixPoint(Json.text(r, "id"), Json.text(r, "name"), outcome, Labels.outcome(outcome),
					scenario.breadth(Json.text(r, "id")), harm));
			names.add(Json.text(r, "name"));
		}
		List<HeatCell> cells = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			for (JsonNode part : Json.list(items.get(i), "scoreBreakdown")) {
				cells.add(new HeatCell(i, driverIds.indexOf(Json.text(part, "driver")), Json.number(part, "strength"),
						Json.number(part, "weight"), Json.number(part, "points")));
			}
		}
		return new Charts(matrix, harmAssessed,
				new HeatMap(names, driverIds.stream().map(Labels::driver).toList(), cells));
	}
}
