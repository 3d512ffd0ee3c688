package org.csapriority.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import org.csapriority.audit.RunRequest;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.ItemExplanation;
import org.csapriority.engine.Items;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.explain.Why;
import org.csapriority.explain.WhyService;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.web.ScenarioCatalog.Entry;
import org.csapriority.web.ScenarioCatalog.Kind;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.Variant;
import org.csapriority.whatif.WhatIfResult;
import org.csapriority.whatif.WhatIfService;

/**
 * What the API and the page ask of scenarios: assess one, try changes on it, explain an item, save a named
 * variant. A variant is always its baseline plus its changes, so a what-if on a variant adds to those
 * changes and the answer is still measured against the adopted baseline. Nothing here writes a scenario.
 */
@Service
public class ScenarioService {

	/** How messages name the request body, whose fields are then given as e.g. changes[0].count. */
	static final String REQUEST = "request";

	private static final int MAX_VARIANT_NAME = 80;

	private final ScenarioCatalog catalog;

	private final RuleBaseHolder rules;

	private final ScenarioLoader loader = new ScenarioLoader();

	private final WhatIfService whatIf = new WhatIfService(loader);

	private final WhyService why = new WhyService(whatIf);

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

	ScenarioService(ScenarioCatalog catalog, RuleBaseHolder rules) {
		this.catalog = catalog;
		this.rules = rules;
	}

	/** A scenario's or a variant's picker entry with, for a variant, its changes as saved. */
	public record Detail(Entry entry, JsonNode changes) {
	}

	public List<Entry> list() {
		return catalog.list();
	}

	public Detail detail(String name) {
		Entry entry = catalog.entry(name);
		JsonNode changes = entry.kind() == Kind.VARIANT ? savedChanges(catalog.resolve(name)) : JsonNodeFactory.instance.arrayNode();
		return new Detail(entry, changes);
	}

	public Assessment assess(String name) {
		Entry entry = catalog.entry(name);
		if (entry.kind() == Kind.VARIANT) {
			return whatIf.runVariant(catalog.resolve(name), catalog.root(), rules.current()).variant();
		}
		return AssessmentEngine.assess(loader.load(catalog.resolve(name)), rules.current());
	}

	public WhatIfResult whatIf(String name, JsonNode body) {
		return whatIf(name, body, rules.current());
	}

	/** As {@link #whatIf(String, JsonNode)} with the given rules, so a caller can say which rules answered. */
	WhatIfResult whatIf(String name, JsonNode body, RuleBase ruleBase) {
		Entry entry = catalog.entry(name);
		List<ScenarioChange> changes = new ArrayList<>();
		Entry baseline = entry;
		if (entry.kind() == Kind.VARIANT) {
			changes.addAll(whatIf.loadVariant(catalog.resolve(name)).changes());
			baseline = catalog.entry(entry.variantOf());
		}
		changes.addAll(whatIf.parseChanges(body, REQUEST));
		return whatIf.run(catalog.resolve(baseline.name()), changes, ruleBase, REQUEST);
	}

	/**
	 * What a recorded run of this scenario or variant is made from: the adopted baseline's merged tree and the
	 * hashes of its files, with the variant's saved changes followed by the request's, and the rules now serving.
	 */
	public RunRequest runRequest(String name, JsonNode body, String user) {
		return runRequest(name, body, user, null);
	}

	/** As {@link #runRequest(String, JsonNode, String)}, for a robustness run when {@code robustness} is given. */
	public RunRequest runRequest(String name, JsonNode body, String user, RobustnessRequest robustness) {
		Entry entry = catalog.entry(name);
		ArrayNode changes = JsonNodeFactory.instance.arrayNode();
		Entry baseline = entry;
		if (entry.kind() == Kind.VARIANT) {
			changes.addAll((ArrayNode) savedChanges(catalog.resolve(name)));
			baseline = catalog.entry(entry.variantOf());
		}
		if (body != null && !body.isNull() && !body.isMissingNode()) {
			JsonNode given = body.isArray() ? body : body.path("changes");
			if (!given.isMissingNode() && !given.isArray()) {
				throw ApiException.badRequest("changes", "expected an array of changes");
			}
			given.forEach(changes::add);
		}
		return RunRequest.of(baseline.name(), loader.loadWithTree(catalog.resolve(baseline.name())),
				file -> catalog.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'),
				changes.isEmpty() ? null : changes, rules.current(), user, "web", robustness);
	}

	/** A run request's scenario with its changes applied and its rules: what a robustness run varies around. */
	public record Subject(Scenario scenario, RuleBase rules) {
	}

	/**
	 * The scenario and rules a run request assesses, its changes applied and checked as a what-if checks them:
	 * bad changes are refused here, before any work starts.
	 */
	public Subject subject(RunRequest request) {
		List<ScenarioChange> changes = request.changes() == null ? List.of() : whatIf.parseChanges(request.changes(), REQUEST);
		if (changes.isEmpty()) {
			return new Subject(loader.fromTree(request.scenarioName(), request.scenarioTree()), request.rules());
		}
		WhatIfService.Changed changed = whatIf.change(request.scenarioTree(), request.scenarioName(), changes,
				request.rules(), REQUEST);
		return new Subject(loader.fromTree(request.scenarioName() + " with what-if changes", changed.tree()), changed.rules());
	}

	public ItemExplanation explain(String name, String item) {
		Entry entry = catalog.entry(name);
		Entry baseline = entry.kind() == Kind.VARIANT ? catalog.entry(entry.variantOf()) : entry;
		Scenario scenario = loader.load(catalog.resolve(baseline.name()));
		Assessment assessment = entry.kind() == Kind.VARIANT ? assess(name) : AssessmentEngine.assess(scenario, rules.current());
		Recommendation found = Items.find(scenario, assessment, item);
		if (found == null) {
			throw ApiException.notFound("item", "no item '" + item + "' in " + name + "; items are "
					+ assessment.recommendations().stream().map(Recommendation::id).toList());
		}
		return ItemExplanation.of(assessment, found);
	}

	/**
	 * Why the item has its outcome and why not another, with the smallest change that flips it. A variant is
	 * explained as its baseline with its changes, so its flips add to those changes as a what-if on it does.
	 */
	public Why why(String name, String item) {
		Entry entry = catalog.entry(name);
		Entry baseline = entry.kind() == Kind.VARIANT ? catalog.entry(entry.variantOf()) : entry;
		Path file = catalog.resolve(baseline.name());
		ScenarioLoader.Loaded loaded = loader.loadWithTree(file);
		RuleBase ruleBase = rules.current();
		JsonNode tree = loaded.tree();
		Scenario scenario = loaded.scenario();
		if (entry.kind() == Kind.VARIANT) {
			WhatIfService.Changed changed = whatIf.change(tree, String.valueOf(file.getFileName()),
					whatIf.loadVariant(catalog.resolve(name)).changes(), ruleBase, name);
			tree = changed.tree();
			ruleBase = changed.rules();
			scenario = loader.fromTree(name, tree);
		}
		Assessment assessment = AssessmentEngine.assess(scenario, ruleBase);
		Recommendation found = Items.find(scenario, assessment, item);
		if (found == null) {
			throw ApiException.notFound("item", "no item '" + item + "' in " + name + "; items are "
					+ assessment.recommendations().stream().map(Recommendation::id).toList());
		}
		return why.why(scenario, tree, ruleBase, assessment, found.id());
	}

	public ScenarioInputs inputs(String name) {
		Entry entry = catalog.entry(name);
		Entry baseline = entry.kind() == Kind.VARIANT ? catalog.entry(entry.variantOf()) : entry;
		return ScenarioInputs.of(loader.load(catalog.resolve(baseline.name())), rules.current().policy());
	}

	/**
	 * Saves a named variant of a scenario (a variant of a variant is saved against the adopted baseline with
	 * both sets of changes). The changes are tried first, so a variant that could not be assessed is never saved.
	 */
	public synchronized Entry saveVariant(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw ApiException.badRequest(REQUEST, "expected an object with variantOf, name, description and changes");
		}
		String name = body.path("name").asText("").strip();
		if (name.isEmpty() || name.length() > MAX_VARIANT_NAME) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "the variant needs a name",
					List.of(new ApiError.Problem("name", "give the variant a name of 1 to " + MAX_VARIANT_NAME + " characters")));
		}
		String of = body.path("variantOf").asText("").replace('/', ':');
		if (of.isEmpty()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "the variant needs a baseline",
					List.of(new ApiError.Problem("variantOf", "name the scenario this is a variant of, e.g. kent-2022-23.yaml")));
		}
		if (!body.path("changes").isArray() || body.path("changes").isEmpty()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "the variant needs at least one change",
					List.of(new ApiError.Problem("changes", "a variant is a list of one or more changes to its baseline")));
		}
		Entry entry = catalog.entry(of);
		List<ScenarioChange> changes = new ArrayList<>();
		Entry baseline = entry;
		if (entry.kind() == Kind.VARIANT) {
			changes.addAll(whatIf.loadVariant(catalog.resolve(entry.name())).changes());
			baseline = catalog.entry(entry.variantOf());
		}
		changes.addAll(whatIf.parseChanges(JsonNodeFactory.instance.objectNode().set("changes", body.path("changes")), REQUEST));
		whatIf.run(catalog.resolve(baseline.name()), changes, rules.current(), REQUEST);
		String description = body.path("description").isTextual() ? body.path("description").asText() : null;
		whatIf.saveVariant(catalog.variantsDir(), new Variant(catalog.relativePath(baseline), name, description, changes));
		return catalog.entry(catalog.nameOf(catalog.variantsDir().resolve(WhatIfService.variantFileName(name))));
	}

	private JsonNode savedChanges(Path variantFile) {
		try {
			JsonNode changes = yaml.readTree(variantFile.toFile()).path("changes");
			return changes.isArray() ? changes : new ArrayNode(JsonNodeFactory.instance);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
