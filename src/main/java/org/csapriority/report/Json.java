package org.csapriority.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the stored JSON of an assessment or a scenario leniently: a report of an old run must render whatever
 * fields that run's JSON had, so a missing field is an empty value, never an exception.
 */
final class Json {

	private Json() {
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : describe(value);
	}

	static List<JsonNode> list(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		List<JsonNode> items = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.forEach(items::add);
		}
		return items;
	}

	static List<String> texts(JsonNode node, String field) {
		return list(node, field).stream().map(Json::describe).toList();
	}

	static double number(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isNumber() ? value.asDouble() : 0;
	}

	/** Where a source points: the document and place in it, or its address. */
	static String cite(JsonNode source) {
		if (source == null || !source.isObject()) {
			return source == null || source.isNull() ? "" : describe(source);
		}
		String document = text(source, "document");
		String location = text(source, "location");
		String url = text(source, "url");
		String where = (document + " " + location).trim();
		if (!url.isBlank()) {
			where = where.isBlank() ? url : where + " (" + url + ")";
		}
		return where;
	}

	/**
	 * Any value as one line of text: a field added to the JSON after this report was written still reads sensibly.
	 * An object that looks like a source is cited; items are named; other objects list their fields.
	 */
	static String describe(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isValueNode()) {
			return value.asText();
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach(v -> parts.add(describe(v)));
			return String.join("; ", parts.stream().filter(s -> !s.isBlank()).toList());
		}
		if (value.has("document") || value.has("url")) {
			return cite(value);
		}
		if (value.has("name") && value.get("name").isValueNode()) {
			return value.get("name").asText();
		}
		if (value.has("summary") && value.get("summary").isValueNode()) {
			return value.get("summary").asText();
		}
		List<String> parts = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			String text = describe(field.getValue());
			if (!text.isBlank()) {
				parts.add(field.getKey() + ": " + text);
			}
		}
		return String.join(", ", parts);
	}
}
