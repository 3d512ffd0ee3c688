package org.csapriority.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Read-only look-ups on a merged scenario tree as the changes before this one left it: the ids a change may
 * name, and where in the tree each item sits, so a change can be checked and turned into patch operations.
 */
final class ScenarioTree {

	/** The catalogue entry every what-if source cites, so the trail says plainly the evidence was supposed. */
	static final String WHAT_IF_DOCUMENT = "what-if";

	private final JsonNode root;

	private final String fileName;

	ScenarioTree(JsonNode root, String fileName) {
		this.root = root;
		this.fileName = fileName;
	}

	/** The baseline file's name, as messages name it. */
	String fileName() {
		return fileName;
	}

	JsonNode at(String pointer) {
		return root.at(pointer);
	}

	/** The items of a list, or none when the list is absent. */
	List<JsonNode> items(String pointer) {
		JsonNode list = root.at(pointer);
		List<JsonNode> items = new ArrayList<>();
		if (list.isArray()) {
			list.forEach(items::add);
		}
		return items;
	}

	/** The index of the first item matching, or -1. */
	int indexOf(String pointer, Predicate<JsonNode> match) {
		List<JsonNode> items = items(pointer);
		for (int i = 0; i < items.size(); i++) {
			if (match.test(items.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The indices of every item matching. */
	List<Integer> indicesOf(String pointer, Predicate<JsonNode> match) {
		List<JsonNode> items = items(pointer);
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (match.test(items.get(i))) {
				indices.add(i);
			}
		}
		return indices;
	}

	/** The {@code field} text of every item of a list, in order. */
	List<String> ids(String pointer, String field) {
		return items(pointer).stream().map(item -> item.path(field).asText()).toList();
	}

	/** Issue id to name, in taxonomy order. */
	Map<String, String> issues() {
		Map<String, String> issues = new LinkedHashMap<>();
		items("/taxonomy/issues").forEach(i -> issues.put(i.path("id").asText(), i.path("name").asText()));
		return issues;
	}

	List<String> districts() {
		return items("/districts").stream().map(JsonNode::asText).toList();
	}

	/** The name of the issue for messages: its taxonomy name with the id. */
	String issueName(String id) {
		String name = issues().get(id);
		return name == null || name.equals(id) ? id : name + " (" + id + ")";
	}

	String schemeId() {
		return root.at("/scoringScheme/id").asText("the scoring scheme");
	}

	/** The day the agreement takes effect, read as the scenario model reads it. */
	LocalDate agreementStarts() {
		JsonNode given = root.path("agreementStarts");
		if (given.isTextual()) {
			return LocalDate.parse(given.asText());
		}
		return LocalDate.of(Integer.parseInt(root.path("financialYear").asText().substring(0, 4)), 4, 1);
	}

	boolean hasWhatIfDocument() {
		return ids("/documents", "id").contains(WHAT_IF_DOCUMENT);
	}

	/** The issues an item lists. */
	List<String> issuesOf(JsonNode item) {
		List<String> ids = new ArrayList<>();
		item.path("issues").forEach(id -> ids.add(id.asText()));
		return ids;
	}

	static boolean lists(JsonNode item, String field, String id) {
		for (JsonNode value : item.path(field)) {
			if (id.equals(value.asText())) {
				return true;
			}
		}
		return false;
	}

	/** A list of ids for a message; long lists are cut so one line stays readable. */
	static String known(Collection<String> ids) {
		List<String> all = new ArrayList<>(ids);
		if (all.isEmpty()) {
			return "(none)";
		}
		int limit = 40;
		String shown = String.join(", ", all.subList(0, Math.min(limit, all.size())));
		return all.size() > limit ? shown + ", ... (" + (all.size() - limit) + " more)" : shown;
	}

	static JsonNodeFactory nodes() {
		return JsonNodeFactory.instance;
	}

	static boolean missing(JsonNode node) {
		return node == null || node instanceof MissingNode || node.isNull();
	}
}
