package org.csapriority.acceptance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;

/**
 * The made-up county a statutory feature describes, built up step by step as a scenario tree and then
 * loaded through the same binding and validation as a scenario file. Every issue of the vocabulary in
 * county.yaml is a candidate area of its own.
 */
final class County {

	static final Path BASE = Path.of("src", "test", "resources", "county", "county.yaml");

	private static final ScenarioLoader LOADER = new ScenarioLoader();

	private final ObjectNode tree;

	private final ArrayNode districts;

	private final ArrayNode returns;

	County(int districtCount, int fromYear, boolean aims) {
		tree = (ObjectNode) LOADER.mergedTree(BASE).deepCopy();
		year(fromYear);
		tree.put("framework", "priorities");
		tree.set("districtsSource", source("districts"));
		districts = tree.putArray("districts");
		returns = ((ObjectNode) tree.with("districtAssessments")).putArray("perDistrict");
		for (int i = 1; i <= districtCount; i++) {
			districts.add("District " + i);
			ObjectNode assessment = returns.addObject();
			assessment.put("district", "District " + i);
			assessment.put("period", "the year before the agreement");
			assessment.set("source", source("strategic assessment of district " + i));
			assessment.putArray("named");
		}
		ObjectNode taxonomy = (ObjectNode) tree.get("taxonomy");
		ArrayNode areas = taxonomy.putArray("priorityAreas");
		ArrayNode themes = taxonomy.putArray("crossCuttingThemes");
		for (JsonNode issue : taxonomy.get("issues")) {
			ObjectNode area = "harm".equals(issue.get("kind").asText()) ? areas.addObject() : themes.addObject();
			area.put("id", issue.get("id").asText());
			area.put("name", issue.get("name").asText());
			area.putArray("issues").add(issue.get("id").asText());
		}
		if (aims) {
			useAims();
		}
		tree.putArray("statutoryDuties");
	}

	void year(int fromYear) {
		tree.put("financialYear", fromYear + "/" + String.format("%02d", (fromYear + 1) % 100));
		tree.put("assessmentYear", (fromYear - 1) + "-" + String.format("%02d", fromYear % 100));
	}

	/** One strategic aim holding every area as a focus area: the framework, not the grouping, is under test. */
	void useAims() {
		tree.put("framework", "strategic-aims");
		ObjectNode taxonomy = (ObjectNode) tree.get("taxonomy");
		ObjectNode aim = taxonomy.putArray("strategicAims").addObject();
		aim.put("id", "aim-1");
		aim.put("name", "A safer county for everyone");
		ArrayNode focus = aim.putArray("focusAreas");
		taxonomy.get("issues").forEach(issue -> focus.add(issue.get("id").asText()));
		aim.set("source", source("strategic aims"));
	}

	LocalDate agreementStarts() {
		return LocalDate.of(Integer.parseInt(tree.get("financialYear").asText().substring(0, 4)), 4, 1);
	}

	/** The issue's id, by its name in the county's vocabulary. */
	String issue(String name) {
		List<String> known = new ArrayList<>();
		for (JsonNode issue : tree.get("taxonomy").get("issues")) {
			if (issue.get("name").asText().equalsIgnoreCase(name)) {
				return issue.get("id").asText();
			}
			known.add(issue.get("name").asText());
		}
		throw new IllegalArgumentException("unknown issue '" + name + "': the feature county (" + BASE + ") knows " + known);
	}

	void name(String issueId, String level, int districtCount) {
		for (JsonNode assessment : returns) {
			ArrayNode named = (ArrayNode) assessment.get("named");
			for (int i = named.size() - 1; i >= 0; i--) {
				if (named.get(i).get("issue").asText().equals(issueId)) {
					named.remove(i);
				}
			}
		}
		for (int i = 0; i < districtCount && level != null; i++) {
			ObjectNode entry = ((ArrayNode) returns.get(i).get("named")).addObject();
			entry.put("issue", issueId);
			entry.put("level", level);
		}
	}

	/** Removes the issue's own area, as a taxonomy reshaped without it would. */
	void withoutArea(String issueId) {
		ObjectNode taxonomy = (ObjectNode) tree.get("taxonomy");
		for (String list : List.of("priorityAreas", "crossCuttingThemes")) {
			ArrayNode areas = (ArrayNode) taxonomy.get(list);
			for (int i = areas.size() - 1; i >= 0; i--) {
				if (areas.get(i).get("id").asText().equals(issueId)) {
					areas.remove(i);
				}
			}
		}
		for (JsonNode aim : taxonomy.path("strategicAims")) {
			ArrayNode focus = (ArrayNode) aim.get("focusAreas");
			for (int i = focus.size() - 1; i >= 0; i--) {
				if (focus.get(i).asText().equals(issueId)) {
					focus.remove(i);
				}
			}
		}
	}

	void withoutAssessments(int missing) {
		for (int i = 0; i < missing; i++) {
			returns.remove(returns.size() - 1);
		}
	}

	/** Binds a statute from the reference list to an issue (or to none, for a requirement on process). */
	void duty(ObjectNode statute, String issueId) {
		ObjectNode duty = duty(statute.get("id").asText());
		if (duty == null) {
			duty = ((ArrayNode) tree.get("statutoryDuties")).addObject();
			duty.setAll(statute.deepCopy());
			duty.putArray("issues");
		}
		if (issueId != null) {
			((ArrayNode) duty.get("issues")).add(issueId);
		}
		String succeeds = statute.path("succeeds").asText(null);
		if (succeeds != null && duty(succeeds) == null) {
			throw new IllegalArgumentException("'" + statute.get("legislation").asText() + "' replaces duty '" + succeeds
					+ "': state that duty first");
		}
	}

	ObjectNode duty(String id) {
		for (JsonNode duty : tree.get("statutoryDuties")) {
			if (duty.get("id").asText().equals(id)) {
				return (ObjectNode) duty;
			}
		}
		return null;
	}

	void notYetInForce(String id) {
		ObjectNode duty = required(id);
		duty.remove("inForceFrom");
		duty.put("announced", agreementStarts().minusYears(1).toString());
	}

	void inForce(String id) {
		required(id).put("inForceFrom", agreementStarts().toString());
	}

	private ObjectNode required(String id) {
		ObjectNode duty = duty(id);
		if (duty == null) {
			throw new IllegalArgumentException("duty '" + id + "' is not stated for the county: say first that it applies");
		}
		return duty;
	}

	void planPriority(String text, String issueId) {
		ObjectNode plan = (ObjectNode) tree.get("policeAndCrimePlan");
		if (plan == null) {
			plan = tree.putObject("policeAndCrimePlan");
			plan.put("title", "Police and Crime Plan");
			plan.put("period", tree.get("financialYear").asText());
			plan.set("source", source("Police and Crime Plan"));
			plan.putArray("priorities");
		}
		ObjectNode priority = ((ArrayNode) plan.get("priorities")).addObject();
		priority.put("id", "pcp-" + (plan.get("priorities").size()));
		priority.put("text", text);
		ArrayNode issues = priority.putArray("issues");
		if (issueId != null) {
			issues.add(issueId);
		}
	}

	void lastYear(String issueId, String form) {
		ObjectNode previous = (ObjectNode) tree.get("previousOutcome");
		if (previous == null) {
			previous = tree.putObject("previousOutcome");
			int from = Integer.parseInt(tree.get("financialYear").asText().substring(0, 4)) - 1;
			previous.put("financialYear", from + "/" + String.format("%02d", (from + 1) % 100));
			previous.put("framework", "priorities");
			previous.set("source", source("last year's agreement"));
		}
		ObjectNode item = previous.withArray(form).addObject();
		item.put("id", issueId);
		item.put("name", issueName(issueId));
		item.putArray("issues").add(issueId);
	}

	void workingGroup(String issueId, String decision, String reason) {
		ObjectNode entry = tree.withArray("workingGroupDecisions").addObject();
		entry.put("item", issueId);
		entry.put("decision", decision);
		entry.put("reason", reason);
	}

	Scenario scenario() {
		return LOADER.fromTree("feature county", tree);
	}

	private String issueName(String id) {
		for (JsonNode issue : tree.get("taxonomy").get("issues")) {
			if (issue.get("id").asText().equals(id)) {
				return issue.get("name").asText();
			}
		}
		return id;
	}

	private ObjectNode source(String location) {
		ObjectNode source = tree.objectNode();
		source.put("document", "feature");
		source.put("location", location.toLowerCase(Locale.ROOT));
		return source;
	}
}
