package org.csapriority.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a scenario file (YAML or JSON) with the files it imports, checks each file on its own so that
 * a problem is reported with the file and line it is in, merges them and validates the whole.
 */
public final class ScenarioLoader {

	private final ObjectMapper yaml = configure(new ObjectMapper(new YAMLFactory()));

	private final ObjectMapper json = configure(new ObjectMapper());

	private static ObjectMapper configure(ObjectMapper mapper) {
		return mapper.registerModule(new JavaTimeModule())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
	}

	public Scenario load(Path file) {
		Map<Path, String> texts = new LinkedHashMap<>();
		JsonNode merged = read(file.normalize(), texts, new ArrayList<>());
		return validated(display(file), merged, new Locator(texts));
	}

	/**
	 * A scenario read once for repeated what-ifs: the validated scenario, its merged tree (not to be changed:
	 * copy it) and every file it was read from, so a caller can tell when any of them has changed.
	 */
	public record Loaded(Scenario scenario, JsonNode tree, List<Path> files) {

		public Loaded {
			files = List.copyOf(files);
		}
	}

	public Loaded loadWithTree(Path file) {
		Map<Path, String> texts = new LinkedHashMap<>();
		JsonNode merged = read(file.normalize(), texts, new ArrayList<>());
		return new Loaded(validated(display(file), merged, new Locator(texts)), merged, new ArrayList<>(texts.keySet()));
	}

	/** The scenario with its imports merged, as a tree: the base a change (what-if) is applied to. */
	public JsonNode mergedTree(Path file) {
		return read(file.normalize(), new LinkedHashMap<>(), new ArrayList<>());
	}

	/** Binds and validates a merged tree, such as a scenario with changes applied. */
	public Scenario fromTree(String name, JsonNode merged) {
		return validated(name, merged, new Locator(Map.of(Path.of(name), "")));
	}

	private Scenario validated(String name, JsonNode merged, Locator locator) {
		Scenario scenario;
		try {
			scenario = yaml.treeToValue(merged, Scenario.class);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(problem(name, ex));
		}
		List<InputProblem> problems = new ScenarioValidator(scenario, locator).validate();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return scenario;
	}


	private JsonNode read(Path file, Map<Path, String> texts, List<Path> chain) {
		String name = display(file);
		String text;
		try {
			text = Files.readString(file);
		}
		catch (NoSuchFileException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "file not found"));
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "cannot be read: " + ex.getMessage()));
		}
		texts.put(file, text);
		ObjectMapper mapper = file.toString().endsWith(".json") ? json : yaml;
		JsonNode tree = tree(name, text, mapper);
		Scenario partial = bind(name, text, mapper);
		List<Path> nextChain = new ArrayList<>(chain);
		nextChain.add(file);
		JsonNode merged = yaml.createObjectNode();
		for (String imported : partial.imports()) {
			Path importPath = file.resolveSibling(imported).normalize();
			int line = new Locator(Map.of(file, text)).find(imported).line();
			if (nextChain.contains(importPath)) {
				throw new InvalidInputException(new InputProblem(name, line, "imports", "import cycle: "
						+ nextChain.stream().map(ScenarioLoader::display).collect(Collectors.joining(" -> ")) + " -> "
						+ display(importPath)));
			}
			if (!Files.isRegularFile(importPath)) {
				throw new InvalidInputException(new InputProblem(name, line, "imports",
						"imported file '" + imported + "' not found (looked for " + display(importPath) + ")"));
			}
			merge(merged, read(importPath, texts, nextChain));
		}
		merge(merged, tree);
		((ObjectNode) merged).remove("imports");
		return merged;
	}

	private JsonNode tree(String name, String text, ObjectMapper mapper) {
		if (text.isBlank()) {
			throw new InvalidInputException(new InputProblem(name, 1, null, "the file is empty"));
		}
		try {
			JsonNode tree = mapper.readTree(text);
			if (tree == null || tree.isMissingNode() || tree.isNull()) {
				throw new InvalidInputException(new InputProblem(name, 1, null, "the file is empty (it holds only comments)"));
			}
			if (!tree.isObject()) {
				throw new InvalidInputException(new InputProblem(name, 1, null,
						"expected a map of scenario sections (area, districts, taxonomy, ...), found "
								+ (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase())));
			}
			return tree;
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(YamlProblems.syntax(name, mapper == json ? "malformed JSON" : "malformed YAML", ex));
		}
	}

	private Scenario bind(String name, String text, ObjectMapper mapper) {
		try {
			return mapper.readValue(text, Scenario.class);
		}
		catch (JsonProcessingException ex) {
			InputProblem problem = problem(name, ex);
			if (ex instanceof UnrecognizedPropertyException unknown) {
				// the parser stands past the field by now; the field's own line is where the author typed it
				Locator.Place place = new Locator(Map.of(Path.of(name), text)).find(unknown.getPropertyName() + ":");
				problem = new InputProblem(name, place.line() > 0 ? place.line() : problem.line(), problem.field(),
						problem.message());
			}
			throw new InvalidInputException(problem);
		}
	}

	private static InputProblem problem(String name, JsonProcessingException ex) {
		JsonLocation location = ex.getLocation();
		int line = location == null ? 0 : location.getLineNr();
		String field = ex instanceof JsonMappingException mapping ? path(mapping) : null;
		String message;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			message = "unknown field '" + unknown.getPropertyName() + "'; expected one of "
					+ unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
		}
		else if (ex instanceof InvalidFormatException format) {
			message = "'" + format.getValue() + "' is not a valid " + simpleType(format.getTargetType())
					+ acceptedValues(format.getTargetType());
		}
		else {
			message = firstLine(ex.getOriginalMessage());
		}
		return new InputProblem(name, line, field, message);
	}

	private static String acceptedValues(Class<?> type) {
		if (type != null && type.isEnum()) {
			return "; expected one of " + java.util.Arrays.stream(type.getEnumConstants())
				.map(c -> c.toString().toLowerCase().replace('_', '-')).toList();
		}
		return "";
	}

	private static String simpleType(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type == java.time.LocalDate.class) {
			return "date (YYYY-MM-DD)";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "number";
		}
		return type.isEnum() ? "value" : type.getSimpleName();
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : ex.getPath()) {
			if (ref.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Imported content first, the importing file on top: lists join, single values are overridden. */
	private static void merge(JsonNode target, JsonNode source) {
		ObjectNode into = (ObjectNode) target;
		source.fields().forEachRemaining(entry -> {
			JsonNode existing = into.get(entry.getKey());
			JsonNode value = entry.getValue();
			if (existing != null && existing.isObject() && value.isObject()) {
				merge(existing, value);
			}
			else if (existing != null && existing.isArray() && value.isArray()) {
				((ArrayNode) existing).addAll((ArrayNode) value);
			}
			else {
				into.set(entry.getKey(), value.deepCopy());
			}
		});
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.strip().lines().findFirst().orElse(message);
		return line.replaceAll(" \\(for Object starting at.*", "");
	}

	static String display(Path file) {
		return InputProblem.displayPath(file);
	}
}
