package org.csapriority.whatif;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.ScenarioLoader;

/**
 * Answers "what if" questions: applies changes to a copy of a baseline scenario (the file itself is
 * never written), assesses both with the same rules and says what moved and why.
 */
public final class WhatIfService {

	private final ScenarioLoader loader;

	public WhatIfService(ScenarioLoader loader) {
		this.loader = loader;
	}

	/** Parses a list of changes (a JSON/YAML array, or an object with a "changes" array). sourceName is used in messages. */
	public List<ScenarioChange> parseChanges(JsonNode node, String sourceName) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** Applies changes to the baseline file's merged tree (never written) and assesses both. */
	public WhatIfResult run(Path baselineFile, List<ScenarioChange> changes, RuleBase rules) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** Diff of two scenario files assessed with the same rules. */
	public WhatIfResult diff(Path a, Path b, RuleBase rules) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	public Variant loadVariant(Path file) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** Writes the variant under dir atomically; refuses to overwrite a file that is not a variant. */
	public void saveVariant(Path dir, Variant variant) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	public WhatIfResult runVariant(Path variantFile, Path scenariosDir, RuleBase rules) {
		throw new UnsupportedOperationException("not yet implemented");
	}
}
