package org.csapriority.scenario;

import java.util.List;

/**
 * Checks what the data-quality rules read: the change a source states, a figure's own geography, period
 * and source, and the comparisons a paper makes. Each comparison must say what it compares, so that a
 * rule never has to guess which side is the total or which figure came first.
 */
final class FigureChecks {

	private final ScenarioValidator v;

	private final Locator locator;

	FigureChecks(ScenarioValidator validator, Locator locator) {
		this.v = validator;
		this.locator = locator;
	}

	void series(CrimeSeries c, String field) {
		for (Observation o : c.series()) {
			if (o.period() != null) {
				blank(o.geography(), field + ".series[" + o.period() + "].geography", o.period());
				v.source(field + ".series[" + o.period() + "]", o.source(), o.period());
			}
		}
		if (c.statedChange() != null) {
			String anchor = "id: " + c.id();
			statedChange(field + ".statedChange", c.statedChange(), anchor);
			if (c.series().size() < 2) {
				v.at(locator.after(anchor, "statedChange"), field + ".statedChange",
						"the stated change is checked between the last two figures of the series, and it has "
								+ c.series().size());
			}
		}
	}

	void comparisons(List<Comparison> comparisons) {
		v.unique("comparisons", comparisons, Comparison::id);
		for (Comparison c : comparisons) {
			String field = "comparisons[" + c.id() + "]";
			String anchor = "id: " + c.id();
			if (c.issues().isEmpty()) {
				v.add(field + ".issues", "a comparison must name the issues it is about", anchor);
			}
			v.issues(field + ".issues", c.issues(), c.id());
			v.require(c.measure(), field + ".measure");
			v.source(field, c.source(), c.id());
			form(c, field, anchor);
			if (c.total() != null) {
				figure(c.total(), field + ".total", anchor);
			}
			if (c.parts() != null) {
				parts(c.parts(), field + ".parts", anchor);
			}
			for (int i = 0; i < c.figures().size(); i++) {
				figure(c.figures().get(i), field + ".figures[" + i + "]", anchor);
			}
			if (c.statedChange() != null) {
				statedChange(field + ".statedChange", c.statedChange(), anchor);
			}
		}
	}

	/** Either a total with its parts, or two or more figures; a stated change runs from one figure to the other. */
	private void form(Comparison c, String field, String anchor) {
		boolean totalForm = c.total() != null || c.parts() != null;
		if (totalForm && !c.figures().isEmpty()) {
			v.add(field, "give either a total and its parts or figures, not both", anchor);
			return;
		}
		if (!totalForm && c.figures().size() < 2) {
			v.add(field, "needs a total and its parts, or at least two figures to compare", anchor);
			return;
		}
		if (c.total() == null && c.parts() != null) {
			v.at(locator.after(anchor, "parts"), field + ".total", "missing: parts are compared with the total they make up");
		}
		if (c.total() != null && c.parts() == null) {
			v.at(locator.after(anchor, "total"), field + ".parts", "missing: a total is compared with its parts; "
					+ "to set it against one other figure, use figures");
		}
		if (c.statedChange() != null && (totalForm || c.figures().size() != 2)) {
			v.at(locator.after(anchor, "statedChange"), field + ".statedChange",
					"a stated change is checked from the first of two figures to the second: give exactly two figures");
		}
	}

	private void figure(Figure f, String field, String anchor) {
		String at = f.label() != null ? f.label() : anchor;
		if (f.value() == null) {
			v.at(locator.after(anchor, at), field + ".value", "missing: the figure as published");
		}
		else if (f.value() < 0) {
			v.at(locator.after(anchor, at), field + ".value", "value " + f.value() + " is negative; figures are counts or rates");
		}
		side(f.geography(), f.period(), f.source(), field, anchor, at, "the figure covers");
	}

	private void parts(Parts p, String field, String anchor) {
		String at = p.label() != null ? p.label() : "parts";
		side(p.geography(), p.period(), p.source(), field, anchor, at, "the parts cover together");
		if (p.values().size() < 2) {
			v.at(locator.after(anchor, "parts"), field + ".values", "a total's parts need at least two values; "
					+ "to set one figure against another, use figures");
		}
		for (Part part : p.values()) {
			String place = part.label() != null ? part.label() : "values";
			if (part.label() == null || part.label().isBlank()) {
				v.at(locator.after(anchor, "values"), field + ".values", "every part needs a label");
			}
			if (part.value() == null || part.value() < 0) {
				v.at(locator.after(anchor, place), field + ".values[" + part.label() + "].value",
						part.value() == null ? "missing: the part as published" : "value " + part.value() + " is negative");
			}
		}
	}

	/** Both sides of a comparison need the area and period they cover: that is what the rules compare. */
	private void side(String geography, String period, Source source, String field, String anchor, String at,
			String covers) {
		if (geography == null || geography.isBlank()) {
			v.at(locator.after(anchor, at), field + ".geography", "missing: the area " + covers);
		}
		if (period == null || period.isBlank()) {
			v.at(locator.after(anchor, at), field + ".period", "missing: the period " + covers);
		}
		v.source(field, source, at);
	}

	private void statedChange(String field, StatedChange change, String anchor) {
		if (change.value() == null) {
			v.at(locator.after(anchor, "statedChange"), field + ".value",
					"missing: the change as the source states it, negative for a fall");
		}
		if (change.unit() == null) {
			v.at(locator.after(anchor, "statedChange"), field + ".unit", "missing: percent or count");
		}
		else if (change.unit() == ChangeUnit.COUNT && change.base() != null) {
			v.at(locator.after(anchor, "base"), field + ".base", "only a change in per cent has a base");
		}
		v.source(field, change.source(), anchor);
	}

	private void blank(String value, String field, String anchor) {
		if (value != null && value.isBlank()) {
			v.add(field, "is blank: leave it out to use the series' own", anchor);
		}
	}
}
