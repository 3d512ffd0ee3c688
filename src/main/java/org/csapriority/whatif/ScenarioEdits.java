package org.csapriority.whatif;

import static org.csapriority.whatif.ScenarioTree.known;
import static org.csapriority.whatif.ScenarioTree.lists;
import static org.csapriority.whatif.ScenarioTree.nodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.scenario.Framework;
import org.csapriority.whatif.ScenarioChange.AddHorizon;
import org.csapriority.whatif.ScenarioChange.LinkPlan;
import org.csapriority.whatif.ScenarioChange.RemoveHorizon;
import org.csapriority.whatif.ScenarioChange.SetBand;
import org.csapriority.whatif.ScenarioChange.SetConfidence;
import org.csapriority.whatif.ScenarioChange.SetCount;
import org.csapriority.whatif.ScenarioChange.SetDistrictLevel;
import org.csapriority.whatif.ScenarioChange.SetDutyInForce;
import org.csapriority.whatif.ScenarioChange.SetFramework;
import org.csapriority.whatif.ScenarioChange.SetHarm;
import org.csapriority.whatif.ScenarioChange.SetLikelihood;
import org.csapriority.whatif.ScenarioChange.SetPosition;
import org.csapriority.whatif.ScenarioChange.UnlinkPlan;

/**
 * Turns one typed scenario change into RFC 6902 operations on the merged tree, after checking it against the
 * scenario as the earlier changes left it: its taxonomy, districts, scoring scheme, plan and duties. Each
 * check that fails names the change's field and what the scenario does have.
 */
final class ScenarioEdits {

	/** Operations and the plain-English line (with names and the value it replaces) of one change. */
	record Edit(List<ObjectNode> operations, String line) {
	}

	private final ScenarioTree tree;

	private final Problems problems;

	private final int index;

	private final List<ObjectNode> operations = new ArrayList<>();

	private ScenarioEdits(ScenarioTree tree, Problems problems, int index) {
		this.tree = tree;
		this.problems = problems;
		this.index = index;
	}

	/** The edit, or null when the change does not fit the scenario (the problems say why). */
	static Edit of(ScenarioChange change, int index, ScenarioTree tree, Problems problems) {
		ScenarioEdits edits = new ScenarioEdits(tree, problems, index);
		int before = problems.count();
		String line = edits.compile(change);
		return problems.count() > before || line == null ? null : new Edit(List.copyOf(edits.operations), line);
	}

	private String compile(ScenarioChange change) {
		if (change instanceof SetDistrictLevel c) {
			return districtLevel(c);
		}
		if (change instanceof SetCount c) {
			return count(c);
		}
		if (change instanceof SetBand c) {
			return band(c);
		}
		if (change instanceof SetHarm c) {
			return harm(c);
		}
		if (change instanceof SetLikelihood c) {
			return likelihood(c);
		}
		if (change instanceof SetPosition c) {
			return gradedScore(c.issue(), "organisationalPosition", c.value(), "/scoringScheme/organisationalPositions",
					"organisational position", "grade");
		}
		if (change instanceof SetConfidence c) {
			return gradedScore(c.issue(), "confidence", c.value(), "/scoringScheme/confidenceLevels", "confidence",
					"confidence level");
		}
		if (change instanceof AddHorizon c) {
			return addHorizon(c);
		}
		if (change instanceof RemoveHorizon c) {
			return removeHorizon(c);
		}
		if (change instanceof LinkPlan c) {
			return plan(c.priority(), c.issue(), true);
		}
		if (change instanceof UnlinkPlan c) {
			return plan(c.priority(), c.issue(), false);
		}
		if (change instanceof SetDutyInForce c) {
			return dutyInForce(c);
		}
		if (change instanceof SetFramework c) {
			return framework(c);
		}
		throw new IllegalArgumentException("not a scenario edit: " + change.describe());
	}

	// ---- district assessments --------------------------------------------------------------------------

	private String districtLevel(SetDistrictLevel c) {
		boolean ok = knownIssue(c.issue(), "issue");
		String level = Levels.NOT_NAMED.equals(c.level()) ? Levels.NOT_NAMED : Levels.canonical(c.level());
		if (level == null) {
			ok = problems.add(index, "level", "'" + c.level() + "' is not a level; expected one of " + Levels.ACCEPTED);
		}
		if (!tree.districts().contains(c.district())) {
			ok = problems.add(index, "district", "'" + c.district() + "' is not a district of " + tree.fileName()
					+ "; known: " + known(tree.districts()));
		}
		List<JsonNode> assessments = tree.items("/districtAssessments/perDistrict");
		if (assessments.isEmpty()) {
			ok = problems.add(index, "op", tree.fileName() + " has no per-district assessments (its district evidence is "
					+ "published counts or bands); use set-count or set-band");
		}
		if (!ok) {
			return null;
		}
		String name = tree.issueName(c.issue());
		int a = tree.indexOf("/districtAssessments/perDistrict", item -> c.district().equals(item.path("district").asText()));
		if (a < 0) {
			if (level.equals(Levels.NOT_NAMED)) {
				return c.district() + " names " + name + " at no level (unchanged: it has no assessment)";
			}
			ObjectNode assessment = nodes().objectNode().put("district", c.district())
				.put("period", assessments.get(0).path("period").asText());
			assessment.set("source", source());
			assessment.putArray("named").add(named(c.issue(), level));
			add("/districtAssessments/perDistrict/-", assessment);
			return c.district() + " names " + name + " as " + level + " (was not named)";
		}
		String base = "/districtAssessments/perDistrict/" + a + "/named";
		int n = tree.indexOf(base, item -> c.issue().equals(item.path("issue").asText()));
		String was = n < 0 ? "not named" : tree.at(base + "/" + n + "/level").asText();
		if (level.equals(Levels.NOT_NAMED)) {
			if (n >= 0) {
				operation("remove", base + "/" + n, null);
			}
			return c.district() + " no longer names " + name + " (was " + was + ")";
		}
		if (n < 0) {
			add(tree.at(base).isArray() ? base + "/-" : base, tree.at(base).isArray() ? named(c.issue(), level)
					: nodes().arrayNode().add(named(c.issue(), level)));
		}
		else {
			add(base + "/" + n + "/level", nodes().textNode(level));
		}
		return c.district() + " names " + name + " as " + level + " (was " + was + ")";
	}

	private String count(SetCount c) {
		if (!knownIssue(c.issue(), "issue")) {
			return null;
		}
		String rows = "/districtAssessments/counts";
		List<Integer> headline = tree.indicesOf(rows, row -> lists(row, "issues", c.issue()));
		if (headline.size() != 1) {
			List<Integer> inside = tree.indicesOf(rows, row -> lists(row, "includes", c.issue()));
			String message = headline.size() > 1 ? "is listed by " + headline.size() + " count rows (" + labels(rows, headline)
					+ "); set one with a patch on " + rows + "/<row>/count"
					: !inside.isEmpty() ? "is counted only inside the row " + labels(rows, inside) + " (under includes), "
							+ "so setting that row would also move the row's own issues; set-count sets a row that lists the "
							+ "issue under its own heading"
							: "is in no district count of " + tree.fileName() + "; issues with counts: "
									+ known(tree.items(rows).stream().flatMap(row -> tree.issuesOf(row).stream()).distinct().toList());
			problems.add(index, "issue", "'" + c.issue() + "' " + message);
			return null;
		}
		int r = headline.get(0);
		JsonNode row = tree.at(rows + "/" + r);
		int of = row.path("of").isInt() ? row.path("of").asInt() : tree.districts().size();
		if (c.count() < 0 || c.count() > of) {
			problems.add(index, "count", c.count() + " is outside 0.." + of + " (the row '" + row.path("label").asText()
					+ "' is out of " + of + ")");
			return null;
		}
		add(rows + "/" + r + "/count", nodes().numberNode(c.count()));
		return "'" + row.path("label").asText() + "': " + c.count() + " of " + of + " districts (was "
				+ row.path("count").asText() + ")";
	}

	private String band(SetBand c) {
		boolean ok = knownIssue(c.issue(), "issue");
		List<String> defined = tree.ids("/districtAssessments/bandDefinitions", "id");
		if (!defined.contains(c.band())) {
			ok = problems.add(index, "band", "'" + c.band() + "' is not defined in bandDefinitions of " + tree.fileName()
					+ "; known: " + known(defined));
		}
		if (!ok) {
			return null;
		}
		String rows = "/districtAssessments/bands";
		List<Integer> listing = tree.indicesOf(rows, row -> lists(row, "issues", c.issue()));
		if (listing.size() != 1) {
			problems.add(index, "issue", "'" + c.issue() + "' " + (listing.isEmpty()
					? "is in no district band of " + tree.fileName() + "; issues with bands: "
							+ known(tree.items(rows).stream().flatMap(row -> tree.issuesOf(row).stream()).distinct().toList())
					: "is listed by " + listing.size() + " band rows; set one with a patch on " + rows + "/<row>/band"));
			return null;
		}
		int r = listing.get(0);
		String was = tree.at(rows + "/" + r + "/band").asText();
		add(rows + "/" + r + "/band", nodes().textNode(c.band()));
		return "districts naming " + tree.issueName(c.issue()) + " read as '" + c.band() + "' (was '" + was + "')";
	}

	// ---- threat, risk and harm ---------------------------------------------------------------------------

	private String harm(SetHarm c) {
		int s = scored(c.issue());
		List<JsonNode> dimensions = tree.items("/scoringScheme/harmDimensions");
		JsonNode dimension = dimensions.stream().filter(d -> d.path("id").asText().equals(c.dimension())).findFirst()
			.orElse(null);
		if (dimension == null) {
			problems.add(index, "dimension", "'" + c.dimension() + "' is not a harm dimension of " + tree.schemeId()
					+ "; known: " + known(dimensions.stream().map(d -> d.path("id").asText()).toList()));
			return null;
		}
		if (!onScale(c.value(), dimension.path("min").asInt(), dimension.path("max").asInt(),
				"harm dimension '" + c.dimension() + "'") || s < 0) {
			return null;
		}
		String path = "/threatRiskHarm/scored/" + s + "/harm";
		String was = tree.at(path + "/" + escape(c.dimension())).asText("unscored");
		add(path + "/" + escape(c.dimension()), nodes().numberNode(c.value()));
		return tree.issueName(c.issue()) + ": " + c.dimension() + " harm " + c.value() + " (was " + was + ")";
	}

	private String likelihood(SetLikelihood c) {
		int s = scored(c.issue());
		JsonNode scale = tree.at("/scoringScheme/likelihood");
		if (!onScale(c.value(), scale.path("min").asInt(), scale.path("max").asInt(), "likelihood") || s < 0) {
			return null;
		}
		String path = "/threatRiskHarm/scored/" + s + "/likelihood";
		String was = tree.at(path).asText();
		add(path, nodes().numberNode(c.value()));
		return tree.issueName(c.issue()) + ": likelihood " + c.value() + " (was " + was + ")";
	}

	private String gradedScore(String issue, String field, String value, String gradesAt, String what, String gradeWord) {
		int s = scored(issue);
		List<String> grades = tree.ids(gradesAt, "id");
		if (!grades.contains(value)) {
			problems.add(index, "value", "'" + value + "' is not a " + gradeWord + " of " + tree.schemeId() + "; known: "
					+ known(grades));
			return null;
		}
		if (s < 0) {
			return null;
		}
		String path = "/threatRiskHarm/scored/" + s + "/" + field;
		String was = tree.at(path).asText("none");
		add(path, nodes().textNode(value));
		return tree.issueName(issue) + ": " + what + " " + value + " (was " + was + ")";
	}

	/** The index of the issue's score under the scheme, or -1 after saying why there is none. */
	private int scored(String issue) {
		if (!knownIssue(issue, "issue")) {
			return -1;
		}
		if (ScenarioTree.missing(tree.at("/scoringScheme"))) {
			problems.add(index, "op", tree.fileName() + " imports no scoring scheme, so it has no scores to change");
			return -1;
		}
		int s = tree.indexOf("/threatRiskHarm/scored", score -> issue.equals(score.path("issue").asText()));
		if (s < 0) {
			List<String> scoredIssues = tree.ids("/threatRiskHarm/scored", "issue");
			problems.add(index, "issue", "'" + issue + "' has no threat/risk/harm score under " + tree.schemeId() + " in "
					+ tree.fileName() + (scoredIssues.isEmpty() ? " (it publishes a rank order, not scores)"
							: "; scored: " + known(scoredIssues)));
		}
		return s;
	}

	private boolean onScale(int value, int min, int max, String what) {
		if (value < min || value > max) {
			return problems.add(index, "value", value + " is off the scale " + min + ".." + max + " of " + what + " in "
					+ tree.schemeId());
		}
		return true;
	}

	// ---- horizon scanning, plan, duties, framework ---------------------------------------------------------

	private String addHorizon(AddHorizon c) {
		ScenarioChange.HorizonEntry item = c.item();
		boolean ok = true;
		if (tree.ids("/horizonScanning", "id").contains(item.id())) {
			ok = problems.add(index, "item.id", "'" + item.id() + "' is already a horizon-scanning item of " + tree.fileName());
		}
		for (String issue : item.issues()) {
			ok &= knownIssue(issue, "item.issues");
		}
		if (!ok) {
			return null;
		}
		ObjectNode node = ChangeParser.MAPPER.valueToTree(item);
		node.set("source", source());
		add(tree.at("/horizonScanning").isArray() ? "/horizonScanning/-" : "/horizonScanning",
				tree.at("/horizonScanning").isArray() ? node : nodes().arrayNode().add(node));
		return "horizon scanning adds '" + item.text() + "' (" + item.kind().name().toLowerCase(java.util.Locale.ROOT)
			.replace('_', ' ') + ") on " + String.join(", ", item.issues().stream().map(tree::issueName).toList());
	}

	private String removeHorizon(RemoveHorizon c) {
		int h = tree.indexOf("/horizonScanning", item -> c.id().equals(item.path("id").asText()));
		if (h < 0) {
			problems.add(index, "id", "'" + c.id() + "' is not a horizon-scanning item of " + tree.fileName() + "; known: "
					+ known(tree.ids("/horizonScanning", "id")));
			return null;
		}
		String text = tree.at("/horizonScanning/" + h + "/text").asText();
		operation("remove", "/horizonScanning/" + h, null);
		return "horizon scanning no longer holds '" + text + "' (" + c.id() + ")";
	}

	private String plan(String priority, String issue, boolean link) {
		boolean ok = knownIssue(issue, "issue");
		if (ScenarioTree.missing(tree.at("/policeAndCrimePlan"))) {
			problems.add(index, "priority", tree.fileName() + " has no Police and Crime Plan");
			return null;
		}
		String priorities = "/policeAndCrimePlan/priorities";
		int p = tree.indexOf(priorities, item -> priority.equals(item.path("id").asText()));
		if (p < 0) {
			ok = problems.add(index, "priority", "'" + priority + "' is not a priority of the Police and Crime Plan in "
					+ tree.fileName() + "; known: " + known(tree.ids(priorities, "id")));
		}
		if (!ok) {
			return null;
		}
		String base = priorities + "/" + p;
		String text = "'" + tree.at(base + "/text").asText() + "'";
		int i = tree.issuesOf(tree.at(base)).indexOf(issue);
		if (link) {
			if (i < 0) {
				add(tree.at(base + "/issues").isArray() ? base + "/issues/-" : base + "/issues",
						tree.at(base + "/issues").isArray() ? nodes().textNode(issue) : nodes().arrayNode().add(issue));
			}
			return "the Police and Crime Plan priority " + text + " names " + tree.issueName(issue)
					+ (i < 0 ? "" : " (unchanged: it already does)");
		}
		if (i >= 0) {
			operation("remove", base + "/issues/" + i, null);
		}
		return "the Police and Crime Plan priority " + text + " no longer names " + tree.issueName(issue)
				+ (i < 0 ? " (unchanged: it did not)" : "");
	}

	private String dutyInForce(SetDutyInForce c) {
		int d = tree.indexOf("/statutoryDuties", duty -> c.duty().equals(duty.path("id").asText()));
		if (d < 0) {
			problems.add(index, "duty", "'" + c.duty() + "' is not a statutory duty of " + tree.fileName() + "; known: "
					+ known(tree.ids("/statutoryDuties", "id")));
			return null;
		}
		LocalDate from = c.from() == null ? tree.agreementStarts() : c.from();
		String base = "/statutoryDuties/" + d;
		String was = tree.at(base + "/inForceFrom").asText("not in force");
		add(base + "/inForceFrom", nodes().textNode(from.toString()));
		JsonNode announced = tree.at(base + "/announced");
		// a duty in force on a day was known by that day; otherwise the engine would leave it out as unannounced
		if (announced.isTextual() && LocalDate.parse(announced.asText()).isAfter(from)) {
			add(base + "/announced", nodes().textNode(from.toString()));
		}
		JsonNode duty = tree.at(base);
		return duty.path("legislation").asText() + " " + duty.path("section").asText("") + " (" + c.duty()
				+ ") in force from " + from + " (was " + was + ")";
	}

	private String framework(SetFramework c) {
		if (c.framework() == Framework.STRATEGIC_AIMS && tree.items("/taxonomy/strategicAims").isEmpty()) {
			problems.add(index, "framework", tree.fileName() + " defines no strategic aims (taxonomy.strategicAims), so it "
					+ "cannot be assessed as strategic-aims");
			return null;
		}
		String value = c.framework() == Framework.STRATEGIC_AIMS ? "strategic-aims" : "priorities";
		String was = tree.at("/framework").asText();
		add("/framework", nodes().textNode(value));
		return "framework " + value + " (was " + was + ")";
	}

	// ---- helpers ---------------------------------------------------------------------------------------------

	private boolean knownIssue(String issue, String field) {
		Map<String, String> issues = tree.issues();
		if (!issues.containsKey(issue)) {
			return problems.add(index, field, "'" + issue + "' is not an issue in the taxonomy of " + tree.fileName()
					+ "; known: " + known(issues.keySet()));
		}
		return true;
	}

	private String labels(String rows, List<Integer> indices) {
		return String.join(", ", indices.stream().map(i -> "'" + tree.at(rows + "/" + i + "/label").asText() + "'").toList());
	}

	private ObjectNode named(String issue, String level) {
		return nodes().objectNode().put("issue", issue).put("level", level);
	}

	/** A source citing the what-if, adding the catalogue entry it names the first time one is needed. */
	private ObjectNode source() {
		if (!tree.hasWhatIfDocument() && operations.stream().noneMatch(op -> op.path("path").asText().startsWith("/documents"))) {
			ObjectNode document = nodes().objectNode().put("id", ScenarioTree.WHAT_IF_DOCUMENT)
				.put("title", "Changes tried in a what-if: supposed, not published, evidence");
			if (tree.at("/documents").isArray()) {
				add("/documents/-", document);
			}
			else {
				add("/documents", nodes().arrayNode().add(document));
			}
		}
		return nodes().objectNode().put("document", ScenarioTree.WHAT_IF_DOCUMENT).put("location", "changes[" + index + "]");
	}

	private void add(String path, JsonNode value) {
		operation("add", path, value);
	}

	private void operation(String op, String path, JsonNode value) {
		ObjectNode operation = nodes().objectNode().put("op", op).put("path", path);
		if (value != null) {
			operation.set("value", value);
		}
		operations.add(operation);
	}

	/** A JSON Pointer token (RFC 6901). */
	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}
}
