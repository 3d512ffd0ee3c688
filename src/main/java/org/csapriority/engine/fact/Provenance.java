package org.csapriority.engine.fact;

import java.util.List;

import org.csapriority.scenario.Source;

/**
 * Where one evidence item of the scenario comes from. {@code source} is null when neither the item nor
 * (for a series or a comparison) every one of its figures names one; {@code unsourced} then lists the
 * figures that give none.
 */
public record Provenance(String evidenceId, String kind, String label, Source source, List<String> unsourced,
		List<String> issues) implements QualitySubject {

	public String message() {
		String what = "The " + kind + " " + (label == null || label.equals(evidenceId) ? evidenceId : "'" + label + "' (" + evidenceId + ")");
		String figures = unsourced.isEmpty() ? "" : ", nor do its figures for " + String.join(", ", unsourced);
		return what + " has no source" + figures + ": name the document and the place in it, or an address, so it can be checked.";
	}
}
