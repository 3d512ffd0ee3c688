package org.csapriority.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

	private final Map<Path, Described> described = new ConcurrentHashMap<>();

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
		List<Entry> all = new ArrayList<>();
		for (Path file : files()) {
			describe(file).ifPresent(all::add);
		}
		// scenarios first, then variants, each in file order
		all.sort(Comparator.comparing((Entry e) -> e.kind()).thenComparing(Entry::name));
		return all;
	}

	/** The listed scenario or variant of that name; 400 for a name that is not a plain relative path, 404 when absent. */
	public Entry entry(String name) {
		return describe(resolve(name))
			.orElseThrow(() -> ApiException.notFound("name", "no scenario or variant named '" + name + "'"));
	}

	/**
	 * A number that changes whenever a file in the folder is added, removed, modified or resized: cheap enough to
	 * ask on every request (the folder holds tens of files), so nothing is answered from stale files.
	 */
	public long folderStamp() {
		long stamp = 17;
		for (Path file : files()) {
			Stamp s = Stamp.of(file);
			stamp = 31 * stamp + file.hashCode();
			stamp = 31 * stamp + (s == null ? -1 : s.modified() * 1_000_003 + s.size());
		}
		return stamp;
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

	/**
	 * What a file is, read once and kept while its modification time and size stay the same: the picker and
	 * every request ask this, and parsing the larger scenario files each time would cost milliseconds.
	 */
	private Optional<Entry> describe(Path file) {
		Stamp stamp = Stamp.of(file);
		if (stamp == null) {
			return Optional.empty();
		}
		Described known = described.get(file);
		Optional<Entry> entry;
		if (known != null && known.stamp().equals(stamp)) {
			entry = known.entry();
		}
		else {
			entry = read(file).flatMap(tree -> classify(file, tree));
			described.put(file, new Described(stamp, entry));
		}
		// a variant's picker line comes from its baseline, which may have changed or gone since
		if (entry.isPresent() && entry.get().kind() == Kind.VARIANT) {
			return variantOf(entry.get());
		}
		return entry;
	}

	private Optional<Entry> classify(Path file, JsonNode tree) {
		String name = nameOf(file);
		if (tree.has("variantOf")) {
			return Optional.of(new Entry(name, Kind.VARIANT, null, tree.path("name").asText(name), null, null, null, null,
					tree.path("variantOf").asText().replace('/', ':'), text(tree, "description")));
		}
		if (tree.has("framework") || tree.has("districts")) {
			return Optional.of(scenario(name, tree));
		}
		return Optional.empty();
	}

	private Optional<Entry> variantOf(Entry variant) {
		Path baselineFile;
		try {
			baselineFile = resolve(variant.variantOf());
		}
		catch (ApiException ex) {
			return Optional.empty();
		}
		return describe(baselineFile).filter(base -> base.kind() == Kind.SCENARIO)
			.map(base -> new Entry(variant.name(), Kind.VARIANT, base.id(), variant.title(), base.area(),
					base.assessmentYear(), base.financialYear(), base.framework(), base.name(), variant.description()));
	}

	private record Described(Stamp stamp, Optional<Entry> entry) {
	}

	private record Stamp(long modified, long size) {

		static Stamp of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return attributes.isRegularFile() ? new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size()) : null;
			}
			catch (IOException ex) {
				return null;
			}
		}
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
