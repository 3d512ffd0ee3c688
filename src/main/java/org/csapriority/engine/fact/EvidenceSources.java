package org.csapriority.engine.fact;

import java.util.List;

/**
 * Where every evidence item of the scenario comes from, in one fact. A scenario holds a hundred or more
 * items and few, if any, lack a source: the rule reads the unsourced ones from here rather than every
 * item being a fact of its own, which would cost each assessment a hundred inserts and matches.
 */
public record EvidenceSources(List<Provenance> items) {

	public EvidenceSources {
		items = List.copyOf(items);
	}

	/** The items that name no source, in the order the scenario gives them. */
	public List<Provenance> unsourced() {
		return items.stream().filter(p -> p.source() == null).toList();
	}
}
