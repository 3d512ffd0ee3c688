package org.csapriority.engine;

import java.util.ArrayList;
import java.util.List;

import org.csapriority.engine.fact.ComparedFigures;
import org.csapriority.engine.fact.ComparedFigures.Side;
import org.csapriority.engine.fact.EvidenceSources;
import org.csapriority.engine.fact.Provenance;
import org.csapriority.engine.fact.ReportedChange;
import org.csapriority.scenario.Comparison;
import org.csapriority.scenario.CrimeSeries;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.Figure;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.IdentificationBand;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.NamedIssue;
import org.csapriority.scenario.Observation;
import org.csapriority.scenario.Part;
import org.csapriority.scenario.Parts;
import org.csapriority.scenario.PlanPriority;
import org.csapriority.scenario.RankedElement;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.Source;
import org.csapriority.scenario.StatedChange;
import org.csapriority.scenario.StatutoryDuty;

/**
 * The facts the data-quality rules read: every evidence item with its source (in one fact), every set of
 * figures a source compares, and every change a source states with the figures it is stated between. They
 * are read once per scenario, not per candidate, since a flag belongs to the evidence, not to an item; the
 * items a flag concerns are looked up from its issues only when it is raised.
 */
final class QualityFacts {

	private final Scenario scenario;

	private final List<Object> facts = new ArrayList<>();

	private final List<Provenance> sources = new ArrayList<>();

	private QualityFacts(Scenario scenario) {
		this.scenario = scenario;
	}

	static List<Object> of(Scenario scenario) {
		return new QualityFacts(scenario).build();
	}

	private List<Object> build() {
		districtEvidence();
		threatRiskHarm();
		scenario.horizonScanning().forEach(h -> sourced(h.id(), "horizon item", h.text(), h.source(), h.issues()));
		if (scenario.policeAndCrimePlan() != null) {
			for (PlanPriority p : scenario.policeAndCrimePlan().priorities()) {
				sourced(p.id(), "Police and Crime Plan priority", p.text(),
						p.source() != null ? p.source() : scenario.policeAndCrimePlan().source(), p.issues());
			}
		}
		for (StatutoryDuty d : scenario.statutoryDuties()) {
			sourced(d.id(), "statutory duty", d.citation(), d.source(), d.issues());
		}
		scenario.countyArrangements().forEach(a -> sourced(a.id(), "county arrangement", a.body(), a.source(), a.issues()));
		scenario.communityViews().forEach(v -> sourced(v.id(), "community view", v.survey(), v.source(), v.issues()));
		scenario.crimeRates().forEach(this::series);
		scenario.comparisons().forEach(this::comparison);
		facts.add(new EvidenceSources(sources));
		return facts;
	}

	private void districtEvidence() {
		for (DistrictAssessment a : scenario.districtAssessments().perDistrict()) {
			sourced("sa-" + a.district(), "district strategic assessment", a.district(), a.source(),
					a.named().stream().map(NamedIssue::issue).toList());
		}
		for (IdentificationCount c : scenario.districtAssessments().counts()) {
			List<String> issues = new ArrayList<>(c.issues());
			issues.addAll(c.includes());
			sourced("count-" + c.label(), "district count", c.label(), c.source(), issues);
		}
		for (IdentificationBand b : scenario.districtAssessments().bands()) {
			sourced("band-" + b.band(), "district band", b.statement(), b.source(), b.issues());
		}
	}

	private void threatRiskHarm() {
		if (scenario.threatRiskHarm() == null) {
			return;
		}
		for (RankedElement e : scenario.threatRiskHarm().ranked()) {
			sourced("trh-rank-" + e.rank(), "threat/risk/harm rank", e.element(), e.source(), List.of(e.issue()));
		}
		for (HarmScore s : scenario.threatRiskHarm().scored()) {
			sourced("trh-" + s.issue(), "threat/risk/harm score", s.issue(), s.source(), List.of(s.issue()));
		}
	}

	private void series(CrimeSeries c) {
		List<String> issues = List.of(c.issue());
		List<String> unsourced = c.source() == null
				? c.series().stream().filter(o -> o.source() == null).map(Observation::period).toList() : List.of();
		sources.add(new Provenance(c.id(), "crime series", c.measure(), c.effectiveSource(), unsourced, issues));
		List<Observation> points = c.series();
		if (points.size() >= 2) {
			List<Side> sides = points.stream().map(o -> new Side(o.period(), o.value(),
					o.geography() != null ? o.geography() : c.geography(),
					o.periodKind() != null ? o.periodKind() : c.periodKind(), o.status())).toList();
			facts.add(new ComparedFigures(c.id(), "crime series", c.measure(), sides, false, c.effectiveSource(), issues));
			Observation from = points.get(points.size() - 2);
			Observation to = points.get(points.size() - 1);
			change(c.id(), c.measure(), c.statedChange(), from.period(), from.value(), to.period(), to.value(),
					to.source() != null ? to.source() : c.effectiveSource(), issues);
		}
	}

	private void comparison(Comparison c) {
		List<Side> sides = new ArrayList<>();
		List<Source> sideSources = new ArrayList<>();
		boolean totalAndParts = c.total() != null;
		if (totalAndParts) {
			sides.add(side(c.total()));
			sideSources.add(c.total().source());
			Parts parts = c.parts();
			sides.add(new Side(labels(parts), parts.sum(), parts.geography(), parts.periodKind(), parts.status()));
			sideSources.add(parts.source());
		}
		for (Figure f : c.figures()) {
			sides.add(side(f));
			sideSources.add(f.source());
		}
		// with no source of its own, the comparison is sourced where each side is, and flagged where one is not
		List<String> unsourced = new ArrayList<>();
		for (int i = 0; i < sides.size(); i++) {
			if (c.source() == null && sideSources.get(i) == null) {
				unsourced.add(totalAndParts ? (i == 0 ? "the total" : "its parts") : sides.get(i).label());
			}
		}
		Source source = c.source() != null || !unsourced.isEmpty() ? c.source() : sideSources.get(sideSources.size() - 1);
		sources.add(new Provenance(c.id(), "comparison", c.measure(), source, List.copyOf(unsourced), c.issues()));
		facts.add(new ComparedFigures(c.id(), "comparison", c.measure(), sides, totalAndParts, source, c.issues()));
		if (!totalAndParts && c.figures().size() == 2) {
			Figure from = c.figures().get(0);
			Figure to = c.figures().get(1);
			change(c.id(), c.measure(), c.statedChange(), from.period(), from.value(), to.period(), to.value(),
					to.source() != null ? to.source() : source, c.issues());
		}
	}

	private void change(String id, String measure, StatedChange stated, String fromPeriod, double from, String toPeriod,
			double to, Source figureSource, List<String> issues) {
		if (stated == null) {
			return;
		}
		facts.add(new ReportedChange(id, measure, stated.value(), stated.unit(), stated.base(), fromPeriod, from, toPeriod,
				to, stated.text(), stated.source() != null ? stated.source() : figureSource, issues));
	}

	private static Side side(Figure f) {
		return new Side(f.label() == null ? f.period() : f.label(), f.value(), f.geography(), f.periodKind(), f.status());
	}

	private void sourced(String id, String kind, String label, Source source, List<String> issues) {
		sources.add(new Provenance(id, kind, label, source, List.of(), issues));
	}

	/** The parts' names as one phrase: "North, West and East". */
	private static String labels(Parts parts) {
		List<String> named = parts.values().stream().map(Part::label).toList();
		if (named.size() < 2) {
			return String.join("", named);
		}
		return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
	}
}
