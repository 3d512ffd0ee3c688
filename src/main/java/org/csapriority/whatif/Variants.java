package org.csapriority.whatif;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.YamlProblems;

/**
 * Named variants on disk: {@code {variantOf, name, description?, changes}}. A variant names its baseline
 * relative to the scenarios folder and may not reach outside it; saving never overwrites a file that is not
 * a variant, and writes through a temporary file so a reader never sees half a variant.
 */
final class Variants {

	private static final Set<String> FIELDS = Set.of("variantOf", "name", "description", "changes");

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
		.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
		.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
		.registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private static final ObjectMapper JSON = new ObjectMapper();

	private Variants() {
	}

	static Variant load(Path file) {
		String name = InputProblem.displayPath(file);
		JsonNode root = read(file, name);
		if (root == null || !root.isObject() || !root.has("variantOf")) {
			throw new InvalidInputException(new InputProblem(name, 0, "variantOf",
					"missing: a variant is {variantOf: <baseline file under scenarios/>, name, description?, changes}"));
		}
		root.fieldNames().forEachRemaining(field -> {
			if (!FIELDS.contains(field)) {
				throw new InvalidInputException(new InputProblem(name, 0, field, "unknown field '" + field
						+ "'; expected one of " + FIELDS.stream().sorted().toList()));
			}
		});
		String variantOf = text(root, "variantOf", name);
		String title = text(root, "name", name);
		checkRelative(variantOf, name);
		JsonNode description = root.get("description");
		List<ScenarioChange> changes = ChangeParser.parse(root.has("changes") ? root : null, name);
		return new Variant(variantOf, title, description == null || description.isNull() ? null : description.asText(),
				changes);
	}

	static Path save(Path dir, Variant variant) {
		String where = InputProblem.displayPath(dir);
		if (variant.name() == null || variant.name().isBlank()) {
			throw new InvalidInputException(new InputProblem(where, 0, "name", "missing: a variant needs a name"));
		}
		if (variant.variantOf() == null || variant.variantOf().isBlank()) {
			throw new InvalidInputException(new InputProblem(where, 0, "variantOf", "missing: name the baseline scenario"));
		}
		checkRelative(variant.variantOf(), where);
		Path file = dir.resolve(fileName(variant.name()));
		String display = InputProblem.displayPath(file);
		if (Files.exists(file) && !isVariant(file)) {
			throw new InvalidInputException(new InputProblem(display, 0, null,
					"exists and is not a variant (no variantOf); refusing to overwrite it"));
		}
		ObjectNode root = YAML.createObjectNode().put("variantOf", variant.variantOf()).put("name", variant.name());
		if (variant.description() != null) {
			root.put("description", variant.description());
		}
		root.set("changes", ChangeParser.MAPPER.valueToTree(variant.changes().toArray(ScenarioChange[]::new)));
		try {
			Files.createDirectories(dir);
			Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
			try {
				Files.writeString(temp, YAML.writeValueAsString(root));
				move(temp, file);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(display, 0, null, "cannot be written: " + ex.getMessage()));
		}
		return file;
	}

	/** The baseline a variant names, which must be a file inside the scenarios folder. */
	static Path baseline(Variant variant, Path scenariosDir, String source) {
		checkRelative(variant.variantOf(), source);
		Path base = scenariosDir.toAbsolutePath().normalize();
		Path target = base.resolve(variant.variantOf()).normalize();
		if (!target.startsWith(base)) {
			throw outside(variant.variantOf(), source);
		}
		if (!Files.isRegularFile(target)) {
			throw new InvalidInputException(new InputProblem(source, 0, "variantOf", "'" + variant.variantOf()
					+ "' is not a scenario file in " + InputProblem.displayPath(scenariosDir)));
		}
		try {
			// a link inside the folder may still lead out of it
			if (!target.toRealPath().startsWith(base.toRealPath())) {
				throw outside(variant.variantOf(), source);
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(source, 0, "variantOf", "cannot be read: " + ex.getMessage()));
		}
		return scenariosDir.resolve(variant.variantOf()).normalize();
	}

	/** The file name a variant of this name is saved as: its name in lower case, words joined by hyphens. */
	static String fileName(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		if (slug.isEmpty()) {
			throw new InvalidInputException(new InputProblem(null, 0, "name", "'" + name
					+ "' has no letters or digits to name a file by"));
		}
		return slug + ".yaml";
	}

	static boolean isVariant(Path file) {
		try {
			JsonNode root = mapper(file).readTree(Files.readString(file));
			return root != null && root.isObject() && root.has("variantOf");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void move(Path temp, Path file) throws IOException {
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void checkRelative(String variantOf, String source) {
		Path path;
		try {
			path = Path.of(variantOf);
		}
		catch (java.nio.file.InvalidPathException ex) {
			throw new InvalidInputException(new InputProblem(source, 0, "variantOf", "'" + variantOf + "' is not a file name"));
		}
		if (path.isAbsolute() || path.normalize().startsWith("..") || variantOf.startsWith("/") || variantOf.startsWith("\\")) {
			throw outside(variantOf, source);
		}
	}

	private static InvalidInputException outside(String variantOf, String source) {
		return new InvalidInputException(new InputProblem(source, 0, "variantOf", "'" + variantOf
				+ "' is outside the scenarios folder; name the baseline relative to it, e.g. kent-2022-23.yaml"));
	}

	private static JsonNode read(Path file, String name) {
		try {
			return mapper(file).readTree(Files.readString(file));
		}
		catch (NoSuchFileException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "file not found"));
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(YamlProblems.syntax(name, mapper(file) == JSON ? "malformed JSON" : "malformed YAML", ex));
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "cannot be read: " + ex.getMessage()));
		}
	}

	private static String text(JsonNode root, String field, String name) {
		JsonNode value = root.get(field);
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			throw new InvalidInputException(new InputProblem(name, 0, field, "missing or not text"));
		}
		return value.asText();
	}

	private static ObjectMapper mapper(Path file) {
		return file.toString().endsWith(".json") ? JSON : YAML;
	}
}
