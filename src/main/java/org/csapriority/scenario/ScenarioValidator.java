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
 * within range, a source on every evidence item. Each problem names the file, line and field.
 */
final class ScenarioValidator {

	private final Scenario s;

	private final Locator locator;

	private final List<InputProblem> problems = new ArrayList<>();

	private final Set<String> issueIds = new HashSet<>();

	private final Set<String> areaIds = new HashSet<>();

	private final Set<String> documentIds = new HashSet<>();

	ScenarioValidator(Scenario scenario, Locator locator) {
		this.s = scenario;
		this.locator = locator;
	}

	List<InputProblem> validate() {
		header();
		s.documents().forEach(d -> documentIds.add(d.id()));
		unique("documents", s.documents(), Document::id);
		taxonomy();
		districts();
		threatRiskHarm();
		scheme();
		horizon();
		plan();
		duties();
		arrangements();
		crime();
		views();
		previous();
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
		for (Area area : areas) {
			if (area.within() != null && !areaIds.contains(area.within())) {
				add("taxonomy area '" + area.id() + "'.within", "unknown area '" + area.within() + "'", area.within());
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
			for (String area : all) {
				if (!areaIds.contains(area)) {
					add("taxonomy.strategicAims '" + aim.id() + "'", "unknown area '" + area + "'", area);
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
			if (b.share() == null || b.share() < 0 || b.share() > 1) {
				add("districtAssessments.bandDefinitions[" + b.id() + "].share", "a share between 0 and 1 is needed", "id: " + b.id());
			}
			bands.put(b.id(), b.share());
		}
		for (IdentificationBand b : d.bands()) {
			String field = "districtAssessments.bands['" + b.band() + "']";
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
		if (!trh.scored().isEmpty() && s.scoringScheme() == null) {
			add("threatRiskHarm.scored", "scores need a scoringScheme (import reference/scoring-scheme-*.yaml)", "scored");
			return;
		}
		ScoringScheme scheme = s.scoringScheme();
		for (HarmScore score : trh.scored()) {
			String field = "threatRiskHarm.scored[" + score.issue() + "]";
			issues(field + ".issue", List.of(String.valueOf(score.issue())), score.issue());
			source(field, score.source(), score.issue());
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

	private void scheme() {
		ScoringScheme scheme = s.scoringScheme();
		if (scheme == null) {
			return;
		}
		if (scheme.likelihood() == null || scheme.harmDimensions().isEmpty() || scheme.organisationalPositions().isEmpty()) {
			add("scoringScheme", "a scheme needs harmDimensions, likelihood and organisationalPositions", "scoringScheme");
			return;
		}
		for (HarmDimension d : scheme.harmDimensions()) {
			if (d.min() == null || d.max() == null || d.weight() == null || d.min() > d.max()) {
				add("scoringScheme.harmDimensions[" + d.id() + "]", "needs min <= max and a weight", "id: " + d.id());
			}
		}
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
			for (Observation o : c.series()) {
				if (o.period() == null || o.value() == null) {
					add(field + ".series", "every value needs a period and a value", "id: " + c.id());
				}
			}
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
		source("previousOutcome", p.source(), "previousOutcome");
		List<PreviousItem> items = new ArrayList<>(p.priorities());
		items.addAll(p.crossCuttingThemes());
		items.addAll(p.focusAreas());
		for (PreviousItem item : items) {
			require(item.name(), "previousOutcome item '" + item.id() + "'.name");
			issues("previousOutcome item '" + item.id() + "'.issues", item.issues(), item.id());
		}
	}

	private void issues(String field, Collection<String> ids, String anchor) {
		for (String id : ids) {
			if (!issueIds.contains(id)) {
				Locator.Place place = locator.after(anchor, id);
				problems.add(new InputProblem(place.file(), place.line(), field, "unknown issue id '" + id + "'"));
			}
		}
	}

	private void source(String field, Source source, String anchor) {
		if (source == null) {
			add(field + ".source", "every evidence item needs a source (document and location, or url)", anchor);
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

	private void at(Locator.Place place, String field, String message) {
		problems.add(new InputProblem(place.file(), place.line(), field, message));
	}

	private boolean require(Object value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			Locator.Place place = new Locator.Place(locator.topFile(), 0);
			problems.add(new InputProblem(place.file(), place.line(), field, "missing"));
			return false;
		}
		return true;
	}

	private <T> void unique(String field, List<T> items, Function<T, String> id) {
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

	private void add(String field, String message, String anchor) {
		Locator.Place place = anchor == null ? new Locator.Place(locator.topFile(), 0) : locator.find(anchor);
		problems.add(new InputProblem(place.file(), place.line(), field, message));
	}
}
