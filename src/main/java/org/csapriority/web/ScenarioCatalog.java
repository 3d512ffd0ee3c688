package org.csapriority.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.stereotype.Component;

/**
 * The scenarios and saved variants under the scenarios folder. A file is a scenario when it says what it
 * assesses (a framework or districts) and a variant when it names the baseline it varies; the shared
 * files that scenarios only import are neither and are not listed.
 * <p>
 * An API name is the file's path under the folder with ':' for '/', e.g. {@code variants:vawg-only.yaml},
 * so that it fits one URL segment. A name resolves only to a file inside the folder.
 */
@Component
public class ScenarioCatalog {

	static final String VARIANTS = "variants";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(:[A-Za-z0-9_][A-Za-z0-9._-]*){0,3}");

	private static final int MAX_DEPTH = 4;

	private final Path root;

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

	private final ObjectMapper json = new ObjectMapper();

	public enum Kind { SCENARIO, VARIANT }

	/** One file of the picker; for a variant, area, years and framework are its baseline's. */
	public record Entry(String name, Kind kind, String id, String title, String area, String assessmentYear,
			String financialYear, String framework, String variantOf, String description) {
	}

	ScenarioCatalog(WebSettings settings) {
		try {
			this.root = settings.scenarios().toAbsolutePath().normalize();
			Files.createDirectories(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path root() {
		return root;
	}

	public Path variantsDir() {
		return root.resolve(VARIANTS);
	}

	public List<Entry> list() {
		List<Entry> scenarios = new ArrayList<>();
		List<Path> variants = new ArrayList<>();
		for (Path file : files()) {
			Optional<JsonNode> tree = read(file);
			if (tree.isEmpty()) {
				continue;
			}
			if (tree.get().has("variantOf")) {
				variants.add(file);
			}
			else if (tree.get().has("framework") || tree.get().has("districts")) {
				scenarios.add(scenario(nameOf(file), tree.get()));
			}
		}
		List<Entry> all = new ArrayList<>(scenarios);
		for (Path file : variants) {
			JsonNode tree = read(file).orElseThrow();
			String baseline = tree.path("variantOf").asText().replace('/', ':');
			scenarios.stream().filter(s -> s.name().equals(baseline)).findFirst().ifPresent(base -> all.add(new Entry(
					nameOf(file), Kind.VARIANT, base.id(), tree.path("name").asText(nameOf(file)), base.area(),
					base.assessmentYear(), base.financialYear(), base.framework(), base.name(), text(tree, "description"))));
		}
		return all;
	}

	/** The listed scenario or variant of that name; 400 for a name that is not a plain relative path, 404 when absent. */
	public Entry entry(String name) {
		Path file = resolve(name);
		return list().stream().filter(e -> e.name().equals(nameOf(file))).findFirst()
			.orElseThrow(() -> ApiException.notFound("name", "no scenario or variant named '" + name + "'"));
	}

	/** The file behind a name, refusing anything that could leave the scenarios folder. */
	public Path resolve(String name) {
		if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
			throw ApiException.badRequest("name", "'" + name + "' is not a scenario name: use a name from GET /api/scenarios");
		}
		Path file = root.resolve(name.replace(':', '/')).normalize();
		if (!file.startsWith(root)) {
			throw ApiException.badRequest("name", "'" + name + "' is outside the scenarios folder");
		}
		try {
			if (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
				throw ApiException.badRequest("name", "'" + name + "' is outside the scenarios folder");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	public String nameOf(Path file) {
		return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/').replace('/', ':');
	}

	/** The file name relative to the scenarios folder, as a variant's {@code variantOf} records it. */
	public String relativePath(Entry entry) {
		return entry.name().replace(':', '/');
	}

	private List<Path> files() {
		try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
			return walk.filter(Files::isRegularFile).filter(ScenarioCatalog::scenarioFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean scenarioFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
	}

	/** The file's own content, or nothing for a file that cannot be read: listing never fails on one bad file. */
	private Optional<JsonNode> read(Path file) {
		try {
			JsonNode tree = (file.toString().endsWith(".json") ? json : yaml).readTree(file.toFile());
			return tree != null && tree.isObject() ? Optional.of(tree) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Entry scenario(String name, JsonNode tree) {
		return new Entry(name, Kind.SCENARIO, text(tree, "id"), titleOf(tree, name), text(tree, "area"),
				text(tree, "assessmentYear"), text(tree, "financialYear"), text(tree, "framework"), null, null);
	}

	private static String titleOf(JsonNode tree, String name) {
		String area = text(tree, "area");
		String year = text(tree, "financialYear");
		return area == null ? name : area + (year == null ? "" : " " + year);
	}

	private static String text(JsonNode tree, String field) {
		JsonNode value = tree.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
