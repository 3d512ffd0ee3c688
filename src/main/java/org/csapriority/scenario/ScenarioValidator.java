package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks a merged scenario for what the rules rely on: required fields, known ids, counts and scores
 * within range, sources that point to a known document. Each problem names the file, line and field.
 */
final class ScenarioValidator {

	private final Scenario s;

	private final Locator locator;

	private final List<InputProblem> problems = new ArrayList<>();

	private final Set<String> issueIds = new HashSet<>();

	private final Set<String> areaIds = new HashSet<>();

	private final Set<String> documentIds = new HashSet<>();

	private final FigureChecks figures;

	ScenarioValidator(Scenario scenario, Locator locator) {
		this.s = scenario;
		this.locator = locator;
		this.figures = new FigureChecks(this, locator);
	}

	List<InputProblem> validate() {
		header();
		s.documents().forEach(d -> documentIds.add(d.id()));
		unique("documents", s.documents(), Document::id);
		taxonomy();
		districts();
		boolean schemeUsable = scheme();
		if (schemeUsable || s.scoringScheme() == null) {
			threatRiskHarm();
		}
		horizon();
		plan();
		duties();
		arrangements();
		crime();
		views();
		figures.comparisons(s.comparisons());
		previous();
		workingGroup();
		return problems;
	}

	private void header() {
		require(s.area(), "area");
		require(s.framework(), "framework");
		if (require(s.financialYear(), "financialYear") && !s.financialYear().matches("\\d{4}/\\d{2}")) {
			add("financialYear", "'" + s.financialYear() + "' is not a financial year like 2022/23", "financialYear:");
		}
		if (s.districts().isEmpty()) {
			add("districts", "at least one district is needed", "districts");
		}
		Set<String> seen = new HashSet<>();
		for (String district : s.districts()) {
			if (!seen.add(district)) {
				at(locator.nth(2, district), "districts", "duplicate district '" + district + "'");
			}
		}
	}

	private void taxonomy() {
		Taxonomy t = s.taxonomy();
		if (t.issues().isEmpty()) {
			add("taxonomy.issues", "the taxonomy defines no issues", "taxonomy");
		}
		for (Issue issue : t.issues()) {
			if (require(issue.id(), "taxonomy.issues[].id") && !issueIds.add(issue.id())) {
				at(locator.nth(2, "id: " + issue.id()), "taxonomy.issues", "duplicate issue id '" + issue.id() + "'");
			}
			require(issue.name(), "taxonomy.issues[" + issue.id() + "].name");
			require(issue.kind(), "taxonomy.issues[" + issue.id() + "].kind");
		}
		List<Area> areas = new ArrayList<>(t.priorityAreas());
		areas.addAll(t.crossCuttingThemes());
		if (areas.isEmpty()) {
			add("taxonomy.priorityAreas", "no priority areas or cross-cutting themes to assess", "taxonomy");
		}
		for (Area area : areas) {
			if (require(area.id(), "taxonomy area id") && !areaIds.add(area.id())) {
				at(locator.nth(2, "id: " + area.id()), "taxonomy.priorityAreas", "duplicate area id '" + area.id() + "'");
			}
			require(area.name(), "taxonomy area '" + area.id() + "'.name");
			if (area.issues().isEmpty()) {
				add("taxonomy area '" + area.id() + "'.issues", "an area must group at least one issue", area.id());
			}
			issues("taxonomy area '" + area.id() + "'.issues", area.issues(), area.id());
		}
		Map<String, String> within = new TreeMap<>();
		for (Area area : areas) {
			if (area.within() != null && !areaIds.contains(area.within())) {
				add("taxonomy area '" + area.id() + "'.within", "unknown area '" + area.within() + "'", area.within());
			}
			else if (area.within() != null && area.id() != null) {
				within.put(area.id(), area.within());
			}
		}
		for (String start : within.keySet()) {
			List<String> path = new ArrayList<>(List.of(start));
			for (String next = within.get(start); next != null; next = within.get(next)) {
				if (path.contains(next)) {
					add("taxonomy area '" + start + "'.within", "areas sit within each other in a circle: "
							+ String.join(" -> ", path) + " -> " + next, "within: " + within.get(start));
					break;
				}
				path.add(next);
			}
		}
		if (s.framework() == Framework.STRATEGIC_AIMS && t.strategicAims().isEmpty()) {
			add("taxonomy.strategicAims", "framework strategic-aims needs at least one aim", "framework");
		}
		unique("taxonomy.strategicAims", t.strategicAims(), Aim::id);
		for (Aim aim : t.strategicAims()) {
			require(aim.name(), "taxonomy.strategicAims '" + aim.id() + "'.name");
			List<String> all = new ArrayList<>(aim.focusAreas());
			all.addAll(aim.supportingAreas());
			Set<String> listed = new HashSet<>();
			for (String area : all) {
				if (!areaIds.contains(area)) {
					add("taxonomy.strategicAims '" + aim.id() + "'", "unknown area '" + area + "'", area);
				}
				else if (!listed.add(area)) {
					at(locator.nth(2, area), "taxonomy.strategicAims '" + aim.id() + "'", "area '" + area
							+ "' is listed twice (an area is either a focus area or a supporting area of an aim)");
				}
			}
		}
	}

	private void districts() {
		DistrictEvidence d = s.districtAssessments();
		int n = s.districts().size();
		Set<String> seen = new HashSet<>();
		for (DistrictAssessment a : d.perDistrict()) {
			String field = "districtAssessments.perDistrict[" + a.district() + "]";
			if (!s.districts().contains(a.district())) {
				add(field, "district '" + a.district() + "' is not one of the scenario's districts", "district: " + a.district());
			}
			else if (!seen.add(a.district())) {
				add(field, "second assessment for the same district", "district: " + a.district());
			}
			source(field, a.source(), a.district());
			for (NamedIssue named : a.named()) {
				issues(field + ".named", List.of(String.valueOf(named.issue())), named.issue());
				require(named.level(), field + ".named[" + named.issue() + "].level");
			}
		}
		for (IdentificationCount c : d.counts()) {
			String field = "districtAssessments.counts['" + c.label() + "']";
			require(c.label(), "districtAssessments.counts[].label");
			if (require(c.count(), field + ".count")) {
				int of = c.of() == null ? n : c.of();
				if (c.of() != null && c.of() != n) {
					at(locator.after(c.label(), "of"), field + ".of",
							"count is out of " + c.of() + " but the scenario has " + n + " districts");
				}
				if (c.count() < 0 || c.count() > of) {
					at(locator.after(c.label(), "count"), field + ".count",
							c.count() + " is outside 0.." + of + " (the number of districts)");
				}
			}
			if (c.issues().isEmpty() && c.includes().isEmpty()) {
				add(field + ".issues", "a count must name the issues it counts", c.label());
			}
			issues(field + ".issues", c.issues(), c.label());
			issues(field + ".includes", c.includes(), c.label());
			if (c.levels().isEmpty()) {
				add(field + ".levels", "say which levels the count includes (main-priority, cross-cutting-theme, ...)", c.label());
			}
			source(field, c.source(), c.label());
		}
		Map<String, Double> bands = new TreeMap<>();
		for (BandDefinition b : d.bandDefinitions()) {
			if (!require(b.id(), "districtAssessments.bandDefinitions[].id")) {
				continue;
			}
			if (b.share() == null || b.share() < 0 || b.share() > 1) {
				add("districtAssessments.bandDefinitions[" + b.id() + "].share", "a share between 0 and 1 is needed", "id: " + b.id());
			}
			bands.put(b.id(), b.share());
		}
		for (IdentificationBand b : d.bands()) {
			String field = "districtAssessments.bands['" + b.band() + "']";
			if (!require(b.band(), "districtAssessments.bands[].band")) {
				continue;
			}
			if (b.levels().isEmpty()) {
				add(field + ".levels", "say which levels the statement covers (main-priority, core-business, ...)", b.statement());
			}
			if (!bands.containsKey(b.band())) {
				add(field + ".band", "band '" + b.band() + "' is not defined in bandDefinitions " + bands.keySet(), "band: " + b.band());
			}
			issues(field + ".issues", b.issues(), b.band());
			source(field, b.source(), b.statement());
		}
	}

	private void threatRiskHarm() {
		ThreatRiskHarm trh = s.threatRiskHarm();
		if (trh == null) {
			return;
		}
		Set<Integer> ranks = new HashSet<>();
		for (RankedElement e : trh.ranked()) {
			String field = "threatRiskHarm.ranked[" + e.element() + "]";
			if (require(e.rank(), field + ".rank") && (e.rank() < 1 || !ranks.add(e.rank()))) {
				add(field + ".rank", "rank " + e.rank() + " is repeated or below 1", "rank: " + e.rank());
			}
			issues(field + ".issue", List.of(String.valueOf(e.issue())), e.element());
			source(field, e.source(), e.element());
		}
		if (trh.assessedElements() != null && trh.assessedElements() < trh.ranked().size()) {
			add("threatRiskHarm.assessedElements", "fewer elements assessed than ranked", "assessedElements");
		}
		int assessed = trh.assessedElements() == null ? trh.ranked().size() : trh.assessedElements();
		for (RankedElement e : trh.ranked()) {
			if (e.rank() != null && e.rank() > assessed) {
				add("threatRiskHarm.ranked[" + e.element() + "].rank", "rank " + e.rank() + " is beyond the " + assessed
						+ " elements assessed", "rank: " + e.rank());
			}
		}
		if (!trh.scored().isEmpty() && s.scoringScheme() == null) {
			add("threatRiskHarm.scored", "scores need a scoringScheme (import reference/scoring-scheme-*.yaml)", "scored");
			return;
		}
		ScoringScheme scheme = s.scoringScheme();
		for (HarmScore score : trh.scored()) {
			String field = "threatRiskHarm.scored[" + score.issue() + "]";
			issues(field + ".issue", List.of(String.valueOf(score.issue())), score.issue());
			source(field, score.source(), score.issue());
			for (HarmDimension dim : scheme.harmDimensions()) {
				if (!score.harm().containsKey(dim.id())) {
					at(locator.after("issue: " + score.issue(), "harm"), field + ".harm." + dim.id(),
							"missing: every harm dimension of " + scheme.id() + " needs a score");
				}
			}
			for (Map.Entry<String, Integer> h : score.harm().entrySet()) {
				HarmDimension dim = scheme.harmDimensions().stream().filter(x -> x.id().equals(h.getKey())).findFirst().orElse(null);
				Locator.Place place = locator.after("issue: " + score.issue(), h.getKey());
				if (dim == null) {
					at(place, field + ".harm." + h.getKey(), "not a harm dimension of " + scheme.id() + " "
							+ scheme.harmDimensions().stream().map(HarmDimension::id).toList());
				}
				else if (h.getValue() == null || h.getValue() < dim.min() || h.getValue() > dim.max()) {
					at(place, field + ".harm." + h.getKey(), h.getValue() + " is off the scale " + dim.min() + ".." + dim.max());
				}
			}
			if (require(score.likelihood(), field + ".likelihood")
					&& (score.likelihood() < scheme.likelihood().min() || score.likelihood() > scheme.likelihood().max())) {
				at(locator.after("issue: " + score.issue(), "likelihood"), field + ".likelihood", score.likelihood()
						+ " is off the scale " + scheme.likelihood().min() + ".." + scheme.likelihood().max());
			}
			if (scheme.organisationalPositions().stream().noneMatch(p -> p.id().equals(score.organisationalPosition()))) {
				at(locator.after("issue: " + score.issue(), "organisationalPosition"), field + ".organisationalPosition",
						"'" + score.organisationalPosition() + "' is not a grade of " + scheme.id() + " "
								+ scheme.organisationalPositions().stream().map(PositionGrade::id).toList());
			}
			if (scheme.confidenceLevels().stream().noneMatch(c -> c.id().equals(score.confidence()))) {
				at(locator.after("issue: " + score.issue(), "confidence"), field + ".confidence", "'" + score.confidence()
						+ "' is not a confidence level of " + scheme.id() + " "
						+ scheme.confidenceLevels().stream().map(ConfidenceLevel::id).toList());
			}
		}
	}

	/** Checks the scheme; scores are only checked against a scheme that is itself usable. */
	private boolean scheme() {
		ScoringScheme scheme = s.scoringScheme();
		if (scheme == null) {
			return false;
		}
		int before = problems.size();
		if (scheme.likelihood() == null || scheme.harmDimensions().isEmpty() || scheme.organisationalPositions().isEmpty()) {
			add("scoringScheme", "a scheme needs harmDimensions, likelihood and organisationalPositions", "scoringScheme");
			return false;
		}
		ScaleDefinition likelihood = scheme.likelihood();
		if (likelihood.min() == null || likelihood.max() == null || likelihood.min() < 0 || likelihood.min() > likelihood.max()) {
			add("scoringScheme.likelihood", "needs 0 <= min <= max", "likelihood");
		}
		for (HarmDimension d : scheme.harmDimensions()) {
			if (d.id() == null || d.min() == null || d.max() == null || d.weight() == null || d.min() < 0 || d.min() > d.max()
					|| d.weight() < 0) {
				add("scoringScheme.harmDimensions[" + d.id() + "]", "needs an id, 0 <= min <= max and a weight of 0 or more",
						"id: " + d.id());
			}
		}
		for (PositionGrade g : scheme.organisationalPositions()) {
			if (g.id() == null || g.multiplier() == null || g.multiplier() <= 0) {
				add("scoringScheme.organisationalPositions[" + g.id() + "]", "needs an id and a multiplier above 0", "id: " + g.id());
			}
		}
		for (ConfidenceLevel c : scheme.confidenceLevels()) {
			String field = "scoringScheme.confidenceLevels[" + c.id() + "]";
			if (c.spread() != null && (c.spread() < 0 || c.spread().isNaN() || c.spread() > 10)) {
				add(field + ".spread", c.spread() + " is not a plausible error: give 0 or more scale points, at most 10",
						"id: " + c.id());
			}
			if (c.distribution() != null && !ConfidenceLevel.DISTRIBUTIONS.contains(c.distribution())) {
				add(field + ".distribution", "'" + c.distribution() + "' is not a distribution this engine draws from; use one of "
						+ ConfidenceLevel.DISTRIBUTIONS, "id: " + c.id());
			}
		}
		return problems.size() == before;
	}

	private void horizon() {
		unique("horizonScanning", s.horizonScanning(), HorizonItem::id);
		for (HorizonItem item : s.horizonScanning()) {
			String field = "horizonScanning[" + item.id() + "]";
			require(item.category(), field + ".category");
			require(item.kind(), field + ".kind");
			require(item.text(), field + ".text");
			issues(field + ".issues", item.issues(), item.id());
			source(field, item.source(), item.id());
		}
	}

	private void plan() {
		PolicePlan plan = s.policeAndCrimePlan();
		if (plan == null) {
			return;
		}
		require(plan.title(), "policeAndCrimePlan.title");
		unique("policeAndCrimePlan.priorities", plan.priorities(), PlanPriority::id);
		for (PlanPriority p : plan.priorities()) {
			String field = "policeAndCrimePlan.priorities[" + p.id() + "]";
			require(p.text(), field + ".text");
			issues(field + ".issues", p.issues(), p.id());
			source(field, p.source() != null ? p.source() : plan.source(), p.id());
		}
	}

	private void duties() {
		unique("statutoryDuties", s.statutoryDuties(), StatutoryDuty::id);
		for (StatutoryDuty d : s.statutoryDuties()) {
			String field = "statutoryDuties[" + d.id() + "]";
			require(d.legislation(), field + ".legislation");
			require(d.bearer(), field + ".bearer");
			require(d.effect(), field + ".effect");
			issues(field + ".issues", d.issues(), d.id());
			source(field, d.source(), d.id());
			if (d.effect() == DutyEffect.PROCESS && d.checks() == null && d.bearer() == DutyBearer.PARTNERSHIP) {
				add(field + ".checks", "a process duty on the partnership must say what can be checked: "
						+ "every-district-assessment or police-and-crime-plan-regard", d.id());
			}
			if (s.policeAndCrimePlan() != null
					&& s.policeAndCrimePlan().priorities().stream().anyMatch(p -> d.id() != null && d.id().equals(p.id()))) {
				at(locator.after("statutoryDuties:", "id: " + d.id()), field + ".id", "'" + d.id() + "' is also the id of a "
						+ "Police and Crime Plan priority: the compliance section names both by id, so give them different ids");
			}
			if (d.checks() != null && d.effect() != DutyEffect.PROCESS) {
				add(field + ".checks", "only a process duty (effect: process) has checks", d.id());
			}
			if (d.effect() == DutyEffect.FORCES && d.issues().isEmpty()) {
				add(field + ".issues", "a duty that forces coverage must name the issues it covers", d.id());
			}
			if (d.succeeds() != null && s.statutoryDuties().stream().noneMatch(x -> x.id().equals(d.succeeds()))) {
				add(field + ".succeeds", "unknown duty '" + d.succeeds() + "'", "succeeds: " + d.succeeds());
			}
		}
	}

	private void arrangements() {
		unique("countyArrangements", s.countyArrangements(), CountyArrangement::id);
		for (CountyArrangement a : s.countyArrangements()) {
			String field = "countyArrangements[" + a.id() + "]";
			require(a.body(), field + ".body");
			require(a.role(), field + ".role");
			issues(field + ".issues", a.issues(), a.id());
			source(field, a.source(), a.id());
		}
	}

	private void crime() {
		unique("crimeRates", s.crimeRates(), CrimeSeries::id);
		for (CrimeSeries c : s.crimeRates()) {
			String field = "crimeRates[" + c.id() + "]";
			issues(field + ".issue", List.of(String.valueOf(c.issue())), c.id());
			require(c.measure(), field + ".measure");
			require(c.geography(), field + ".geography");
			source(field, c.source(), c.id());
			if (c.series().isEmpty() && c.shareOfRecordedCrime() == null) {
				add(field, "needs a series of values or a shareOfRecordedCrime", "id: " + c.id());
			}
			Set<String> periods = new HashSet<>();
			int lastYear = Integer.MIN_VALUE;
			for (Observation o : c.series()) {
				if (o.period() == null || o.value() == null) {
					add(field + ".series", "every value needs a period and a value", "id: " + c.id());
					continue;
				}
				if (o.value() < 0) {
					at(locator.after("id: " + c.id(), o.period()), field + ".series", "value " + o.value() + " for "
							+ o.period() + " is negative; recorded figures are counts or rates");
				}
				if (!periods.add(o.period())) {
					at(locator.after("id: " + c.id(), o.period()), field + ".series", "period " + o.period() + " appears twice");
				}
				java.util.regex.Matcher year = java.util.regex.Pattern.compile("(19|20)\\d{2}").matcher(o.period());
				if (year.find()) {
					int y = Integer.parseInt(year.group());
					if (y < lastYear) {
						at(locator.after("id: " + c.id(), o.period()), field + ".series", "periods must run oldest first; "
								+ o.period() + " comes after a later period");
						break;
					}
					lastYear = Math.max(lastYear, y);
				}
			}
			figures.series(c, field);
			if (c.shareOfRecordedCrime() != null) {
				if (c.shareOfRecordedCrime() < 0 || c.shareOfRecordedCrime() > 1) {
					at(locator.after("id: " + c.id(), "shareOfRecordedCrime"), field + ".shareOfRecordedCrime",
							c.shareOfRecordedCrime() + " is not a share between 0 and 1");
				}
				require(c.sharePeriod(), field + ".sharePeriod");
			}
		}
	}

	private void views() {
		unique("communityViews", s.communityViews(), CommunityView::id);
		for (CommunityView v : s.communityViews()) {
			String field = "communityViews[" + v.id() + "]";
			issues(field + ".issues", v.issues(), v.id());
			source(field, v.source(), v.id());
			require(v.period(), field + ".period");
			require(v.geography(), field + ".geography");
			if (v.share() == null && v.concern() == null) {
				add(field, "needs a survey share or a concern level (high, moderate, low)", "id: " + v.id());
			}
			if (v.share() != null && (v.share() < 0 || v.share() > 1)) {
				at(locator.after("id: " + v.id(), "share"), field + ".share", v.share() + " is not a share between 0 and 1");
			}
			if (v.concern() != null && !List.of("high", "moderate", "low").contains(v.concern())) {
				at(locator.after("id: " + v.id(), "concern"), field + ".concern",
						"'" + v.concern() + "' is not one of high, moderate, low");
			}
		}
	}

	private void previous() {
		PreviousOutcome p = s.previousOutcome();
		if (p == null) {
			return;
		}
		if (p.source() == null) {
			add("previousOutcome.source", "last year's agreement needs a source (document and location, or url): "
					+ "changes against it are named from it", "previousOutcome");
		}
		source("previousOutcome", p.source(), "previousOutcome");
		List<PreviousItem> items = new ArrayList<>(p.priorities());
		items.addAll(p.crossCuttingThemes());
		items.addAll(p.focusAreas());
		for (PreviousItem item : items) {
			if (item.id() == null) {
				at(locator.find(item.name()), "previousOutcome item '" + item.name() + "'.id",
						"missing: changes against last year are named by id");
				continue;
			}
			require(item.name(), "previousOutcome item '" + item.id() + "'.name");
			issues("previousOutcome item '" + item.id() + "'.issues", item.issues(), item.id());
		}
	}

	private void workingGroup() {
		for (int i = 0; i < s.workingGroupDecisions().size(); i++) {
			WorkingGroupDecision d = s.workingGroupDecisions().get(i);
			String field = "workingGroupDecisions[" + i + "]";
			if (require(d.item(), field + ".item") && !areaIds.contains(d.item())) {
				add(field + ".item", "unknown item '" + d.item() + "': name a priority area or cross-cutting theme by id",
						"item: " + d.item());
			}
			require(d.decision(), field + ".decision");
			if (d.reason() == null || d.reason().isBlank()) {
				add(field + ".reason", "missing: a departure from the evidence must give the working group's reason",
						d.item() == null ? "workingGroupDecisions" : "item: " + d.item());
			}
			if (d.source() != null) {
				source(field, d.source(), d.item());
			}
		}
		Set<String> seen = new HashSet<>();
		for (WorkingGroupDecision d : s.workingGroupDecisions()) {
			if (d.item() != null && !seen.add(d.item())) {
				at(locator.nth(2, "item: " + d.item()), "workingGroupDecisions", "more than one decision for '" + d.item() + "'");
			}
		}
	}

	void issues(String field, Collection<String> ids, String anchor) {
		for (String id : ids) {
			if (!issueIds.contains(id)) {
				Locator.Place place = locator.after(anchor, id);
				problems.add(new InputProblem(place.file(), place.line(), field, "unknown issue id '" + id + "'"));
			}
		}
	}

	/**
	 * A source, where given, must point somewhere. An evidence item without one is still assessed: the
	 * data-quality rules flag it, so a figure nobody can trace is shown rather than refused.
	 */
	void source(String field, Source source, String anchor) {
		if (source == null) {
			return;
		}
		boolean hasUrl = source.url() != null && !source.url().isBlank();
		if (!hasUrl && (source.document() == null || source.location() == null)) {
			add(field + ".source", "a source needs a document and a location, or a url", anchor);
		}
		else if (!hasUrl && !documentIds.contains(source.document())) {
			add(field + ".source.document", "unknown document '" + source.document() + "'; add it to documents:", source.document());
		}
	}

	void at(Locator.Place place, String field, String message) {
		problems.add(new InputProblem(place.file(), place.line(), field, message));
	}

	boolean require(Object value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			Locator.Place place = new Locator.Place(locator.topFile(), 0);
			problems.add(new InputProblem(place.file(), place.line(), field, "missing"));
			return false;
		}
		return true;
	}

	<T> void unique(String field, List<T> items, Function<T, String> id) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			String key = id.apply(item);
			if (key == null) {
				add(field, "an item has no id", field);
			}
			else if (!seen.add(key)) {
				at(locator.nth(2, "id: " + key), field, "duplicate id '" + key + "'");
			}
		}
	}

	void add(String field, String message, String anchor) {
		Locator.Place place = anchor == null ? new Locator.Place(locator.topFile(), 0) : locator.find(anchor);
		problems.add(new InputProblem(place.file(), place.line(), field, message));
	}
}
