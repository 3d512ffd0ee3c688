package org.csapriority.whatif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;

/**
 * Answers "what if" questions: applies changes to a copy of a baseline scenario's merged tree (the file itself
 * is never written), re-validates the result as any scenario is validated, assesses both with the same
 * compiled rules and says what moved and why. Thread-safe; a baseline is read once and kept while none of its
 * files change.
 */
public final class WhatIfService {

	/** How problems name a list of changes given without a file. */
	static final String CHANGES = "what-if";

	private final ScenarioLoader loader;

	private final Map<Path, Baseline> baselines = new ConcurrentHashMap<>();

	public WhatIfService(ScenarioLoader loader) {
		this.loader = loader;
	}

	/** Parses a list of changes (a JSON/YAML array, or an object with a "changes" array). sourceName is used in messages. */
	public List<ScenarioChange> parseChanges(JsonNode node, String sourceName) {
		return ChangeParser.parse(node, sourceName);
	}

	/** Applies changes to the baseline file's merged tree (never written) and assesses both. */
	public WhatIfResult run(Path baselineFile, List<ScenarioChange> changes, RuleBase rules) {
		return run(baselineFile, changes, rules, CHANGES);
	}

	/** As {@link #run(Path, List, RuleBase)}, with problems in the changes reported against {@code changesSource}. */
	public WhatIfResult run(Path baselineFile, List<ScenarioChange> changes, RuleBase rules, String changesSource) {
		Baseline kept = baseline(baselineFile);
		ScenarioLoader.Loaded base = kept.loaded();
		String name = InputProblem.displayPath(baselineFile);
		Assessment before = kept.assessed(rules);
		ChangeApplier.Applied applied = ChangeApplier.apply(base.tree().deepCopy(),
				String.valueOf(baselineFile.getFileName()), rules.policy(), changes, changesSource);
		Scenario changed = loader.fromTree(name + " with what-if changes", applied.tree());
		RuleBase variantRules = applied.policy() == rules.policy() ? rules : rules.withPolicy(applied.policy());
		Assessment after = AssessmentEngine.assess(changed, variantRules);
		return new WhatIfResult(name, applied.lines(), before, after, Differ.diff(before, after));
	}

	/**
	 * As {@link #run(Path, List, RuleBase)} on a merged tree already in hand (a saved variant's, a recorded run's
	 * stored scenario), measured against {@code before}, the assessment of that tree under {@code rules} that the
	 * caller already has: a caller trying many changes on one baseline assesses it once, not once per change.
	 * The tree is not changed.
	 */
	public WhatIfResult run(String name, JsonNode mergedTree, Assessment before, List<ScenarioChange> changes,
			RuleBase rules) {
		Changed changed = change(mergedTree, name, changes, rules, CHANGES);
		Scenario scenario = loader.fromTree(name + " with what-if changes", changed.tree());
		Assessment after = AssessmentEngine.assess(scenario, changed.rules());
		return new WhatIfResult(name, changed.lines(), before, after, Differ.diff(before, after));
	}

	/** A merged tree with changes applied, the rules that read it (its policy changed too) and a line per change. */
	public record Changed(JsonNode tree, RuleBase rules, List<String> lines) {
	}

	/**
	 * Applies changes to a copy of a merged tree, checked as {@link #run(Path, List, RuleBase)} checks them, without
	 * assessing: what a saved variant reads as. {@code fileName} names the scenario in messages.
	 */
	public Changed change(JsonNode mergedTree, String fileName, List<ScenarioChange> changes, RuleBase rules,
			String changesSource) {
		ChangeApplier.Applied applied = ChangeApplier.apply(mergedTree.deepCopy(), fileName, rules.policy(), changes,
				changesSource);
		RuleBase changedRules = applied.policy() == rules.policy() ? rules : rules.withPolicy(applied.policy());
		return new Changed(applied.tree(), changedRules, applied.lines());
	}

	/**
	 * Assesses a merged scenario tree (never changed: a copy is) with changes applied: how a recorded run is
	 * made and replayed from what it stored. {@code fileName} names the scenario in messages about the changes.
	 */
	public Assessment assess(String name, String fileName, JsonNode tree, List<ScenarioChange> changes, RuleBase rules,
			String changesSource) {
		if (changes.isEmpty()) {
			return AssessmentEngine.assess(loader.fromTree(name, tree), rules);
		}
		Changed changed = change(tree, fileName, changes, rules, changesSource);
		return AssessmentEngine.assess(loader.fromTree(name + " with what-if changes", changed.tree()), changed.rules());
	}

	/**
	 * Diff of two scenario files assessed with the same rules. Either may be a saved variant, read as its
	 * baseline with its changes; its baseline is looked up in the folder above the variants folder.
	 */
	public WhatIfResult diff(Path a, Path b, RuleBase rules) {
		return diff(a, b, rules, null);
	}

	/** As {@link #diff(Path, Path, RuleBase)}, with variants' baselines looked up in {@code scenariosDir}. */
	public WhatIfResult diff(Path a, Path b, RuleBase rules, Path scenariosDir) {
		Assessment before = side(a, rules, scenariosDir);
		Assessment after = side(b, rules, scenariosDir);
		return new WhatIfResult(InputProblem.displayPath(a), List.of(), before, after, Differ.diff(before, after));
	}

	private Assessment side(Path file, RuleBase rules, Path scenariosDir) {
		if (isVariant(file)) {
			Path dir = scenariosDir != null ? scenariosDir : file.toAbsolutePath().normalize().getParent().getParent();
			return runVariant(file, dir, rules).variant();
		}
		return baseline(file).assessed(rules);
	}

	public Variant loadVariant(Path file) {
		return Variants.load(file);
	}

	/**
	 * Writes the variant to {@code dir}/{@link #variantFileName(String)} through a temporary file; refuses to
	 * overwrite a file that is not a variant.
	 */
	public void saveVariant(Path dir, Variant variant) {
		Variants.save(dir, variant);
	}

	/** Runs a saved variant against its baseline, which must lie inside {@code scenariosDir}. */
	public WhatIfResult runVariant(Path variantFile, Path scenariosDir, RuleBase rules) {
		Variant variant = loadVariant(variantFile);
		String source = InputProblem.displayPath(variantFile);
		return run(Variants.baseline(variant, scenariosDir, source), variant.changes(), rules, source);
	}

	/** The baseline file a variant names, checked to lie inside {@code scenariosDir}. */
	public Path baselineOf(Variant variant, Path scenariosDir) {
		return Variants.baseline(variant, scenariosDir, "variant '" + variant.name() + "'");
	}

	/** Whether a file is a saved variant rather than a scenario. */
	public static boolean isVariant(Path file) {
		return Files.isRegularFile(file) && Variants.isVariant(file);
	}

	/** The file name a variant of this name is saved under. */
	public static String variantFileName(String name) {
		return Variants.fileName(name);
	}

	// ---- baselines, read once while their files are unchanged -----------------------------------------------------

	/**
	 * A baseline with its assessment under the rules last asked for: every what-if on a baseline assesses it
	 * with the same rules, and that assessment was half the work of each answer.
	 */
	private record Baseline(ScenarioLoader.Loaded loaded, Map<Path, Stamp> stamps, AtomicReference<Assessed> last) {

		Assessment assessed(RuleBase rules) {
			Assessed known = last.get();
			if (known != null && known.rules() == rules) {
				return known.assessment();
			}
			Assessment assessment = AssessmentEngine.assess(loaded.scenario(), rules);
			last.set(new Assessed(rules, assessment));
			return assessment;
		}
	}

	private record Assessed(RuleBase rules, Assessment assessment) {
	}

	private record Stamp(long modified, long size) {
	}

	private Baseline baseline(Path file) {
		Path key = file.toAbsolutePath().normalize();
		Baseline cached = baselines.get(key);
		if (cached != null && fresh(cached)) {
			return cached;
		}
		ScenarioLoader.Loaded loaded = loader.loadWithTree(file);
		Map<Path, Stamp> stamps = new LinkedHashMap<>();
		loaded.files().forEach(f -> stamps.put(f, stamp(f)));
		Baseline fresh = new Baseline(loaded, stamps, new AtomicReference<>());
		baselines.put(key, fresh);
		return fresh;
	}

	private static boolean fresh(Baseline baseline) {
		return baseline.stamps().entrySet().stream().allMatch(e -> e.getValue().equals(stamp(e.getKey())));
	}

	private static Stamp stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size());
		}
		catch (IOException ex) {
			return new Stamp(-1, -1);
		}
	}
}
