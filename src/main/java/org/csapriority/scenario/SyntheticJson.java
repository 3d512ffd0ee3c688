package org.csapriority.scenario;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The few tree-building steps every part of a synthetic scenario uses. */
final class SyntheticJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SyntheticJson() {
	}

	static ObjectNode object() {
		return NODES.objectNode();
	}

	static ArrayNode array() {
		return NODES.arrayNode();
	}

	static ArrayNode strings(List<String> values) {
		ArrayNode array = array();
		values.forEach(array::add);
		return array;
	}

	static ObjectNode source(String document, String location) {
		return object().put("document", document).put("location", location);
	}

	/** A share or score as a paper would print it, to two decimal places. */
	static double twoPlaces(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
