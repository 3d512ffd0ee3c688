package org.csapriority.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The merged scenario as stored with a run, read for what the report needs: which issues each item holds, the
 * issues' names and how widely the districts named an item.
 */
final class ScenarioTree {

	private final JsonNode tree;

	private final Map<String, List<String>> itemIssues = new HashMap<>();

	private final Map<String, String> issueNames = new HashMap<>();

	private final Map<String, Double> bandShares = new HashMap<>();

	ScenarioTree(JsonNode tree) {
		this.tree = tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
		JsonNode taxonomy = this.tree.path("taxonomy");
		for (String group : List.of("priorityAreas", "crossCuttingThemes")) {
			for (JsonNode area : Json.list(taxonomy, group)) {
				itemIssues.put(Json.text(area, "id"), Json.texts(area, "issues"));
			}
		}
		for (JsonNode issue : Json.list(taxonomy, "issues")) {
			issueNames.put(Json.text(issue, "id"), Json.text(issue, "name"));
		}
		for (JsonNode band : Json.list(this.tree.path("districtAssessments"), "bandDefinitions")) {
			bandShares.put(Json.text(band, "id"), Json.number(band, "share"));
		}
	}

	JsonNode node() {
		return tree;
	}

	List<String> issuesOf(String item) {
		return itemIssues.getOrDefault(item, List.of());
	}

	String issueName(String issue) {
		String name = issueNames.get(issue);
		return name == null || name.isBlank() ? issue : name;
	}

	int districtCount() {
		return tree.path("districts").size();
	}

	double bandShare(String band) {
		return bandShares.getOrDefault(band, 0.0);
	}

	/** The items (ids) that hold any of these issues, in the taxonomy's order. */
	Set<String> itemsHolding(List<String> issues) {
		Set<String> items = new LinkedHashSet<>();
		itemIssues.forEach((item, held) -> {
			if (held.stream().anyMatch(issues::contains)) {
				items.add(item);
			}
		});
		return items;
	}

	/**
	 * The share of districts whose strategic assessment names the item in any form (in its own right or inside a
	 * broader theme): per-district returns, published counts and published phrases are each read and the widest
	 * reading kept, as the engine reads them.
	 */
	double breadth(String item) {
		List<String> issues = issuesOf(item);
		if (issues.isEmpty()) {
			return 0;
		}
		JsonNode evidence = tree.path("districtAssessments");
		double share = 0;
		int districts = districtCount();
		int naming = 0;
		for (JsonNode district : Json.list(evidence, "perDistrict")) {
			if (Json.list(district, "named").stream().anyMatch(n -> issues.contains(Json.text(n, "issue")))) {
				naming++;
			}
		}
		if (districts > 0) {
			share = naming / (double) districts;
		}
		for (JsonNode count : Json.list(evidence, "counts")) {
			List<String> named = new ArrayList<>(Json.texts(count, "issues"));
			named.addAll(Json.texts(count, "includes"));
			double of = count.hasNonNull("of") ? Json.number(count, "of") : districts;
			if (of > 0 && named.stream().anyMatch(issues::contains)) {
				share = Math.max(share, Json.number(count, "count") / of);
			}
		}
		for (JsonNode band : Json.list(evidence, "bands")) {
			if (Json.texts(band, "issues").stream().anyMatch(issues::contains)) {
				share = Math.max(share, bandShare(Json.text(band, "band")));
			}
		}
		return Math.min(1, share);
	}
}
