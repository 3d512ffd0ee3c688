package org.csapriority.scenario;

import java.util.List;

/**
 * A comparison the sources make: a total against the parts it is split into, or figures a paper sets side
 * by side as measures of the same thing (this year against last, one paper's count against another's). It
 * feeds the data-quality rules only, so an analyst can enter what a paper compares without it weighing on
 * any outcome. {@code statedChange} is the change the source states from the first of two figures to the
 * second.
 */
public record Comparison(String id, List<String> issues, String measure, Figure total, Parts parts,
		List<Figure> figures, StatedChange statedChange, String note, Source source) {

	public Comparison {
		issues = issues == null ? List.of() : List.copyOf(issues);
		figures = figures == null ? List.of() : List.copyOf(figures);
	}
}
