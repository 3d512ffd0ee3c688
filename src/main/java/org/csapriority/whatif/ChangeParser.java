package org.csapriority.whatif;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * Reads changes written as data into typed changes, checking their shape only: a known op, every required
 * field present, values of the right type. Whether they fit a scenario is checked when they are applied.
 */
final class ChangeParser {

	/** Binding is strict so that a misspelt field is reported rather than silently ignored. */
	static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	/** Op name to change type, read from the one list of ops in {@link ScenarioChange}. */
	static final Map<String, Class<?>> OPS = ops();

	private ChangeParser() {
	}

	static List<ScenarioChange> parse(JsonNode node, String source) {
		JsonNode list = node;
		if (node != null && node.isObject() && node.has("changes")) {
			list = node.get("changes");
		}
		if (list == null || list.isNull() || list.isMissingNode()) {
			return List.of();
		}
		if (!list.isArray()) {
			throw new InvalidInputException(new InputProblem(source, 0, "changes",
					"expected a list of changes (or an object with a 'changes' list), found " + kind(list)));
		}
		List<ScenarioChange> changes = new ArrayList<>();
		List<InputProblem> problems = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			ScenarioChange change = one(list.get(i), source, "changes[" + i + "]", problems);
			if (change != null) {
				changes.add(change);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return changes;
	}

	private static ScenarioChange one(JsonNode node, String source, String at, List<InputProblem> problems) {
		if (!node.isObject()) {
			problems.add(new InputProblem(source, 0, at, "expected a change (an object with an 'op'), found " + kind(node)));
			return null;
		}
		JsonNode op = node.get("op");
		if (op == null || op.isNull()) {
			problems.add(new InputProblem(source, 0, at + ".op", "missing; expected one of " + OPS.keySet()));
			return null;
		}
		Class<?> type = OPS.get(op.asText());
		if (type == null) {
			problems.add(new InputProblem(source, 0, at + ".op", "'" + op.asText() + "' is not an op; expected one of "
					+ OPS.keySet()));
			return null;
		}
		int before = problems.size();
		required(type, node, source, at, problems);
		if (type == ScenarioChange.Patch.class && node.has("operations") && !node.get("operations").isArray()) {
			problems.add(new InputProblem(source, 0, at + ".operations",
					"expected a list of JSON Patch operations, found " + kind(node.get("operations"))));
		}
		if (problems.size() > before) {
			return null;
		}
		try {
			return MAPPER.treeToValue(node, ScenarioChange.class);
		}
		catch (JsonProcessingException ex) {
			problems.add(problem(source, at, ex));
			return null;
		}
	}

	/** Every field not marked omittable must be present, in nested records too. */
	private static void required(Class<?> type, JsonNode node, String source, String at, List<InputProblem> problems) {
		for (RecordComponent component : type.getRecordComponents()) {
			JsonNode value = node.get(component.getName());
			String field = at + "." + component.getName();
			if (value == null || value.isNull()) {
				if (!component.isAnnotationPresent(Omittable.class)) {
					problems.add(new InputProblem(source, 0, field, "missing"));
				}
			}
			else if (component.getType().isRecord() && value.isObject()) {
				required(component.getType(), value, source, field, problems);
			}
		}
	}

	private static InputProblem problem(String source, String at, JsonProcessingException ex) {
		String field = at + (ex instanceof JsonMappingException mapping ? path(mapping) : "");
		String message;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			field = at + path(unknown).replaceAll("\\.[^.\\[]+$", "");
			message = "unknown field '" + unknown.getPropertyName() + "'; expected one of "
					+ unknown.getKnownPropertyIds().stream().map(String::valueOf).filter(name -> !"op".equals(name))
						.sorted().toList();
		}
		else if (ex instanceof InvalidFormatException format) {
			message = "'" + format.getValue() + "' is not a valid " + typeName(format.getTargetType());
		}
		else if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			message = "expected " + typeName(mismatched.getTargetType());
		}
		else {
			String original = ex.getOriginalMessage();
			message = original == null ? "unreadable" : original.strip().lines().findFirst().orElse(original);
		}
		return new InputProblem(source, 0, field, message);
	}

	private static String typeName(Class<?> type) {
		if (type == java.time.LocalDate.class) {
			return "date (YYYY-MM-DD)";
		}
		if (type == Integer.class || type == int.class) {
			return "whole number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "number";
		}
		if (type.isEnum()) {
			return "value; expected one of " + Arrays.stream(type.getEnumConstants())
				.map(c -> c.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list";
		}
		return type == String.class ? "text" : "value";
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : ex.getPath()) {
			if (ref.getFieldName() != null) {
				path.append('.').append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String kind(JsonNode node) {
		return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static Map<String, Class<?>> ops() {
		Map<String, Class<?>> ops = new LinkedHashMap<>();
		for (JsonSubTypes.Type type : ScenarioChange.class.getAnnotation(JsonSubTypes.class).value()) {
			ops.put(type.name(), type.value());
		}
		return ops;
	}
}
