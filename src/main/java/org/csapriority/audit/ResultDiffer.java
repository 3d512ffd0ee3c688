package org.csapriority.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares two result JSONs the way an auditor reads them: item by item (recommendations and aims by id,
 * field by field, justifications by rule id), then any other part of the result that changed.
 */
final class ResultDiffer {

	private static final int SHOWN = 160;

	private ResultDiffer() {
	}

	static List<ReplayDifference> diff(JsonNode recorded, JsonNode replayed) {
		List<ReplayDifference> differences = new ArrayList<>();
		byId(recorded.path("recommendations"), replayed.path("recommendations"), differences);
		byId(recorded.path("aims"), replayed.path("aims"), differences);
		Set<String> keys = new LinkedHashSet<>();
		recorded.fieldNames().forEachRemaining(keys::add);
		replayed.fieldNames().forEachRemaining(keys::add);
		keys.remove("recommendations");
		keys.remove("aims");
		for (String key : keys) {
			if (!recorded.path(key).equals(replayed.path(key))) {
				differences.add(new ReplayDifference("(result)", key, shown(recorded.path(key)), shown(replayed.path(key))));
			}
		}
		return differences;
	}

	private static void byId(JsonNode recorded, JsonNode replayed, List<ReplayDifference> differences) {
		Map<String, JsonNode> before = index(recorded);
		Map<String, JsonNode> after = index(replayed);
		Set<String> ids = new LinkedHashSet<>(before.keySet());
		ids.addAll(after.keySet());
		for (String id : ids) {
			JsonNode a = before.get(id);
			JsonNode b = after.get(id);
			if (a == null) {
				differences.add(new ReplayDifference(id, "item", "absent", "present as " + b.path("outcome").asText(b.path("status").asText())));
			}
			else if (b == null) {
				differences.add(new ReplayDifference(id, "item", "present as " + a.path("outcome").asText(a.path("status").asText()), "absent"));
			}
			else if (!a.equals(b)) {
				fields(id, a, b, differences);
			}
		}
	}

	private static void fields(String id, JsonNode a, JsonNode b, List<ReplayDifference> differences) {
		Set<String> keys = new LinkedHashSet<>();
		a.fieldNames().forEachRemaining(keys::add);
		b.fieldNames().forEachRemaining(keys::add);
		for (String key : keys) {
			JsonNode x = a.path(key);
			JsonNode y = b.path(key);
			if (x.equals(y)) {
				continue;
			}
			if (key.equals("justifications")) {
				differences.add(new ReplayDifference(id, "justifications", ruleIds(x), ruleIds(y)));
			}
			else {
				differences.add(new ReplayDifference(id, key, shown(x), shown(y)));
			}
		}
	}

	private static String ruleIds(JsonNode justifications) {
		List<String> ids = new ArrayList<>();
		justifications.forEach(j -> ids.add(j.path("ruleId").asText()));
		return ids.toString();
	}

	private static Map<String, JsonNode> index(JsonNode array) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
			JsonNode node = it.next();
			byId.put(node.path("id").asText(), node);
		}
		return byId;
	}

	private static String shown(JsonNode node) {
		if (node.isMissingNode()) {
			return "absent";
		}
		String text = node.isValueNode() ? node.asText() : node.toString();
		return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
	}
}
