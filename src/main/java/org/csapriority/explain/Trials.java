package org.csapriority.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.csapriority.engine.Policy;
import org.csapriority.scenario.Area;
import org.csapriority.scenario.BandDefinition;
import org.csapriority.scenario.CommunityView;
import org.csapriority.scenario.ConfidenceLevel;
import org.csapriority.scenario.CountyArrangement;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.HarmDimension;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.HorizonItem;
import org.csapriority.scenario.HorizonKind;
import org.csapriority.scenario.IdentificationBand;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.IdentificationLevel;
import org.csapriority.scenario.NamedIssue;
import org.csapriority.scenario.PestelCategory;
import org.csapriority.scenario.PlanPriority;
import org.csapriority.scenario.PositionGrade;
import org.csapriority.scenario.PreviousItem;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScoringScheme;
import org.csapriority.scenario.StatutoryDuty;
import org.csapriority.whatif.ScenarioChange;

/**
 * The single changes of input tried on an item, each with its size, generated from the scenario itself: every
 * input that bears on the item's issues (or, for an item within another, its host's), moved by the steps a
 * what-if can take, and every threshold of the policy. Nothing here knows any issue: it reads the item's issues
 * from the taxonomy and the inputs that list them.
 *
 * <p>Size is the number of units moved: districts for a published count, one per district whose level moves,
 * scale points for a harm or likelihood score, steps between grades or bands, and one for each link to the Police
 * and Crime Plan, horizon item, duty, county arrangement, community view or item of last year's agreement added or
 * taken away. A policy threshold moves in steps of 0.05, or of 1 for a count such as a number of driver types. Ties
 * go to evidence before policy, in the order of {@link Kind}.
 */
final class Trials {

	/** What a change moves, in the order ties are broken: the evidence first, the policy last. */
	enum Kind {
		DISTRICTS, HARM, PLAN, HORIZON, DUTY, COUNTY_AND_VIEWS, LAST_YEAR, POLICY
	}

	/**
	 * One change to try: its size and kind, the input it moves ({@code target}: two changes of one input are never
	 * paired) and an "if" clause that says it in plain English.
	 */
	record Trial(ScenarioChange change, int size, Kind kind, String target, String clause, String line) {

		/**
		 * The answer a change gives, for listing the nearest flips: one more district naming the item is one answer
		 * whichever district it is, so flips listed after the smallest are each about something else.
		 */
		String answer() {
			if (change instanceof ScenarioChange.SetDistrictLevel level) {
				return "level|" + level.issue() + "|" + level.level();
			}
			return target;
		}
	}

	/** How far a threshold moves each way, in steps. */
	private static final int SHARE_STEPS = 6;

	private static final int COUNT_STEPS = 4;

	private static final double SHARE_STEP = 0.05;

	private final Scenario scenario;

	private final JsonNode tree;

	private final Policy policy;

	private final Set<String> issues;

	private final Set<String> own;

	private final Map<String, String> names = new LinkedHashMap<>();

	private final List<Trial> trials = new ArrayList<>();

	private Trials(Scenario scenario, JsonNode tree, Policy policy, Set<String> own, Set<String> issues) {
		this.scenario = scenario;
		this.tree = tree;
		this.policy = policy;
		this.own = own;
		this.issues = issues;
		scenario.taxonomy().issues().forEach(i -> names.put(i.id(), i.name()));
	}

	/** Every change to try on the item, smallest first. */
	static List<Trial> of(Scenario scenario, JsonNode tree, Policy policy, String itemId) {
		Map<String, Area> areas = new LinkedHashMap<>();
		scenario.taxonomy().priorityAreas().forEach(a -> areas.put(a.id(), a));
		scenario.taxonomy().crossCuttingThemes().forEach(a -> areas.put(a.id(), a));
		Area area = areas.get(itemId);
		if (area == null) {
			return List.of();
		}
		Set<String> own = new LinkedHashSet<>(area.issues());
		Set<String> issues = new LinkedHashSet<>(own);
		// an item within another moves with its host, so the host's inputs are tried too
		if (area.within() != null && areas.containsKey(area.within())) {
			issues.addAll(areas.get(area.within()).issues());
		}
		Trials t = new Trials(scenario, tree, policy, own, issues);
		t.counts();
		t.perDistrict();
		t.bands();
		t.harm();
		t.plan();
		t.horizon();
		t.duties();
		t.countyAndViews();
		t.lastYear();
		t.thresholds();
		List<Trial> sorted = new ArrayList<>(t.trials);
		sorted.sort(Comparator.comparingInt(Trial::size).thenComparing(Trial::kind));
		return sorted;
	}

	private void add(ScenarioChange change, int size, Kind kind, String target, String clause) {
		add(change, size, kind, target, clause, null);
	}

	/** {@code line} says what a patch does, which its own description (the JSON Patch path) does not. */
	private void add(ScenarioChange change, int size, Kind kind, String target, String clause, String line) {
		if (size > 0) {
			trials.add(new Trial(change, size, kind, target, clause, line));
		}
	}

	private String name(String issue) {
		return names.getOrDefault(issue, issue);
	}

	// ---- district assessments ----------------------------------------------------------------------------------

	private void counts() {
		List<IdentificationCount> rows = scenario.districtAssessments().counts();
		for (int r = 0; r < rows.size(); r++) {
			IdentificationCount row = rows.get(r);
			// set-count names a row by an issue it lists under its own heading, which must be in no other row
			String issue = row.issues().stream().filter(issues::contains)
				.filter(i -> rows.stream().filter(other -> other.issues().contains(i)).count() == 1).findFirst().orElse(null);
			if (issue == null || row.count() == null) {
				continue;
			}
			int of = row.of() == null ? scenario.districts().size() : row.of();
			for (int v = 0; v <= of; v++) {
				add(new ScenarioChange.SetCount(issue, v), Math.abs(v - row.count()), Kind.DISTRICTS, "count|" + r,
						v + " of " + of + " districts named '" + row.label() + "' (" + row.count() + " do)");
			}
		}
	}

	/** Each district's naming moves between the three things the rules tell apart: in its own right, within, not at all. */
	private void perDistrict() {
		if (scenario.districtAssessments().perDistrict().isEmpty()) {
			return;
		}
		Set<IdentificationLevel> standalone = policy.standaloneLevels();
		String ownLevel = standalone.contains(IdentificationLevel.MAIN_PRIORITY) ? IdentificationLevel.MAIN_PRIORITY.label()
				: standalone.stream().sorted().findFirst().map(IdentificationLevel::label).orElse(null);
		for (String district : scenario.districts()) {
			DistrictAssessment assessment = scenario.districtAssessments().perDistrict().stream()
				.filter(a -> a.district().equals(district)).findFirst().orElse(null);
			for (String issue : issues) {
				IdentificationLevel current = assessment == null ? null : assessment.named().stream()
					.filter(n -> n.issue().equals(issue)).map(NamedIssue::level).findFirst().orElse(null);
				String was = current == null ? "it does not name it" : "it names it as " + current.label();
				String target = "level|" + district + "|" + issue;
				if (ownLevel != null && (current == null || !standalone.contains(current))) {
					add(new ScenarioChange.SetDistrictLevel(district, issue, ownLevel), 1, Kind.DISTRICTS, target,
							district + " named " + name(issue) + " in its own right (" + was + ")");
				}
				if (current == null || standalone.contains(current)) {
					add(new ScenarioChange.SetDistrictLevel(district, issue, "within-broader-theme"), 1, Kind.DISTRICTS, target,
							district + " named " + name(issue) + " only within a broader theme (" + was + ")");
				}
				if (current != null) {
					add(new ScenarioChange.SetDistrictLevel(district, issue, "not-named"), 1, Kind.DISTRICTS, target,
							district + " did not name " + name(issue) + " (" + was + ")");
				}
			}
		}
	}

	private void bands() {
		List<BandDefinition> defined = new ArrayList<>(scenario.districtAssessments().bandDefinitions());
		defined.sort(Comparator.comparingDouble(b -> b.share() == null ? 0 : b.share()));
		List<IdentificationBand> rows = scenario.districtAssessments().bands();
		for (String issue : issues) {
			List<IdentificationBand> listing = rows.stream().filter(b -> b.issues().contains(issue)).toList();
			if (listing.size() != 1) {
				continue;
			}
			IdentificationBand row = listing.get(0);
			int at = indexOf(defined.stream().map(BandDefinition::id).toList(), row.band());
			for (int b = 0; b < defined.size(); b++) {
				add(new ScenarioChange.SetBand(issue, defined.get(b).id()), at < 0 ? 1 : Math.abs(b - at), Kind.DISTRICTS,
						"band|" + issue, "the districts naming " + name(issue) + " were read as '" + defined.get(b).id()
								+ "' (they are read as '" + row.band() + "')");
			}
		}
	}

	// ---- threat, risk and harm -----------------------------------------------------------------------------------

	private void harm() {
		ScoringScheme scheme = scenario.scoringScheme();
		if (scheme == null || scenario.threatRiskHarm() == null) {
			return;
		}
		for (HarmScore score : scenario.threatRiskHarm().scored()) {
			if (!issues.contains(score.issue())) {
				continue;
			}
			String issue = score.issue();
			for (HarmDimension d : scheme.harmDimensions()) {
				int current = score.harm().getOrDefault(d.id(), d.min());
				for (int v = d.min(); v <= d.max(); v++) {
					add(new ScenarioChange.SetHarm(issue, d.id(), v), Math.abs(v - current), Kind.HARM, "harm|" + issue + "|" + d.id(),
							name(issue) + " scored " + v + " for " + (d.label() == null ? d.id() : d.label()) + " harm (it scores "
									+ current + ")");
				}
			}
			if (scheme.likelihood() != null && score.likelihood() != null) {
				for (int v = scheme.likelihood().min(); v <= scheme.likelihood().max(); v++) {
					add(new ScenarioChange.SetLikelihood(issue, v), Math.abs(v - score.likelihood()), Kind.HARM,
							"likelihood|" + issue, name(issue) + " scored " + v + " for likelihood (it scores " + score.likelihood() + ")");
				}
			}
			List<String> grades = scheme.organisationalPositions().stream()
				.sorted(Comparator.comparingDouble(g -> g.multiplier() == null ? 0 : g.multiplier())).map(PositionGrade::id).toList();
			steps(grades, score.organisationalPosition(), v -> new ScenarioChange.SetPosition(issue, v), Kind.HARM,
					"position|" + issue, v -> "the partnership's position on " + name(issue) + " were graded " + v + " (it is graded "
							+ score.organisationalPosition() + ")");
			List<String> levels = scheme.confidenceLevels().stream().map(ConfidenceLevel::id).toList();
			steps(levels, score.confidence(), v -> new ScenarioChange.SetConfidence(issue, v), Kind.HARM, "confidence|" + issue,
					v -> "confidence in the score of " + name(issue) + " were " + v + " (it is " + score.confidence() + ")");
		}
	}

	private void steps(List<String> grades, String current, java.util.function.Function<String, ScenarioChange> change, Kind kind,
			String target, java.util.function.Function<String, String> clause) {
		int at = indexOf(grades, current);
		if (at < 0) {
			return;
		}
		for (int g = 0; g < grades.size(); g++) {
			add(change.apply(grades.get(g)), Math.abs(g - at), kind, target, clause.apply(grades.get(g)));
		}
	}

	// ---- plan, horizon, duties, county, community views, last year ----------------------------------------------------

	private void plan() {
		if (scenario.policeAndCrimePlan() == null || scenario.policeAndCrimePlan().priorities().isEmpty()) {
			return;
		}
		List<PlanPriority> priorities = scenario.policeAndCrimePlan().priorities();
		boolean named = false;
		for (PlanPriority p : priorities) {
			for (String issue : p.issues()) {
				if (issues.contains(issue)) {
					named |= own.contains(issue);
					add(new ScenarioChange.UnlinkPlan(p.id(), issue), 1, Kind.PLAN, "plan|" + p.id() + "|" + issue,
							"the Police and Crime Plan priority '" + p.text() + "' no longer named " + name(issue));
				}
			}
		}
		if (!named) {
			PlanPriority first = priorities.get(0);
			String issue = own.iterator().next();
			add(new ScenarioChange.LinkPlan(first.id(), issue), 1, Kind.PLAN, "plan|" + first.id() + "|" + issue,
					"the Police and Crime Plan named " + name(issue) + " (under its priority '" + first.text() + "')");
		}
	}

	private void horizon() {
		Set<HorizonKind> kinds = new LinkedHashSet<>();
		Set<String> ids = new LinkedHashSet<>();
		for (HorizonItem item : scenario.horizonScanning()) {
			ids.add(item.id());
			if (item.issues().stream().anyMatch(issues::contains)) {
				if (item.issues().stream().anyMatch(own::contains)) {
					kinds.add(item.kind());
				}
				add(new ScenarioChange.RemoveHorizon(item.id()), 1, Kind.HORIZON, "horizon|" + item.id(),
						"horizon scanning no longer held '" + item.text() + "'");
			}
		}
		String issue = own.iterator().next();
		if (!kinds.contains(HorizonKind.EMERGING_ISSUE)) {
			String id = unused(ids, "what-if-emerging-" + issue);
			add(new ScenarioChange.AddHorizon(new ScenarioChange.HorizonEntry(id, PestelCategory.SOCIAL, HorizonKind.EMERGING_ISSUE,
					name(issue) + " noted as an emerging issue", List.of(issue), null)), 1, Kind.HORIZON, "horizon|" + id,
					"horizon scanning noted " + name(issue) + " as an emerging issue");
		}
		if (!kinds.contains(HorizonKind.NATIONAL_STRATEGY)) {
			String id = unused(ids, "what-if-strategy-" + issue);
			add(new ScenarioChange.AddHorizon(new ScenarioChange.HorizonEntry(id, PestelCategory.POLITICAL,
					HorizonKind.NATIONAL_STRATEGY, "A national strategy naming " + name(issue), List.of(issue), null)), 1,
					Kind.HORIZON, "horizon|" + id, "a national strategy named " + name(issue));
		}
	}

	/**
	 * A duty bears on the item or not, and is in force or not. A duty that forces coverage must name an issue, so
	 * one naming only this item's issue is taken out of force rather than unlinked.
	 */
	private void duties() {
		List<StatutoryDuty> duties = scenario.statutoryDuties();
		for (int d = 0; d < duties.size(); d++) {
			StatutoryDuty duty = duties.get(d);
			if (!duty.id().equals(tree.at("/statutoryDuties/" + d + "/id").asText())
					|| duty.issues().stream().noneMatch(issues::contains)) {
				continue;
			}
			for (int i = 0; i < duty.issues().size() && duty.issues().size() > 1; i++) {
				String issue = duty.issues().get(i);
				if (issues.contains(issue)) {
					add(remove("/statutoryDuties/" + d + "/issues/" + i), 1, Kind.DUTY, "duty|" + duty.id() + "|" + issue,
							duty.citation() + " did not bear on " + name(issue),
							duty.citation() + " no longer bears on " + name(issue) + " (" + issue + ")");
				}
			}
			if (!duty.inForceOn(scenario.effectiveFrom())) {
				add(new ScenarioChange.SetDutyInForce(duty.id(), null), 1, Kind.DUTY, "in-force|" + duty.id(),
						duty.citation() + " were in force from the day the agreement starts");
			}
			else if (tree.at("/statutoryDuties/" + d + "/inForceFrom").isTextual()) {
				add(remove("/statutoryDuties/" + d + "/inForceFrom"), 1, Kind.DUTY, "in-force|" + duty.id(),
						duty.citation() + " were not yet in force", duty.citation() + " is not yet in force");
			}
		}
	}

	private void countyAndViews() {
		List<CountyArrangement> arrangements = scenario.countyArrangements();
		for (int a = 0; a < arrangements.size(); a++) {
			CountyArrangement arrangement = arrangements.get(a);
			for (int i = 0; i < arrangement.issues().size(); i++) {
				String issue = arrangement.issues().get(i);
				if (issues.contains(issue)) {
					add(remove("/countyArrangements/" + a + "/issues/" + i), 1, Kind.COUNTY_AND_VIEWS,
							"county|" + arrangement.id() + "|" + issue, arrangement.body() + " (" + arrangement.role()
									+ ") no longer covered " + name(issue),
							arrangement.body() + " (" + arrangement.role() + ") no longer covers " + name(issue) + " (" + issue + ")");
				}
			}
		}
		List<CommunityView> views = scenario.communityViews();
		for (int v = 0; v < views.size(); v++) {
			CommunityView view = views.get(v);
			for (int i = 0; i < view.issues().size(); i++) {
				String issue = view.issues().get(i);
				if (issues.contains(issue)) {
					String what = view.survey() != null ? view.survey() : view.measure();
					add(remove("/communityViews/" + v + "/issues/" + i), 1, Kind.COUNTY_AND_VIEWS, "view|" + view.id() + "|" + issue,
							"the community view '" + what + "' no longer counted for " + name(issue),
							"the community view '" + what + "' no longer counts for " + name(issue) + " (" + issue + ")");
				}
			}
		}
	}

	private void lastYear() {
		if (scenario.previousOutcome() == null) {
			return;
		}
		Map<String, List<PreviousItem>> lists = new TreeMap<>(Map.of("priorities", scenario.previousOutcome().priorities(),
				"crossCuttingThemes", scenario.previousOutcome().crossCuttingThemes(), "focusAreas",
				scenario.previousOutcome().focusAreas()));
		for (Map.Entry<String, List<PreviousItem>> list : lists.entrySet()) {
			for (int i = 0; i < list.getValue().size(); i++) {
				PreviousItem item = list.getValue().get(i);
				if (item.issues().stream().anyMatch(issues::contains)) {
					add(remove("/previousOutcome/" + list.getKey() + "/" + i), 1, Kind.LAST_YEAR, "previous|" + item.id(),
							"last year's agreement had not held '" + item.name() + "'",
							"last year's agreement no longer holds '" + item.name() + "'");
				}
			}
		}
	}

	// ---- policy -------------------------------------------------------------------------------------------------

	/** Counts (whole numbers of 1 or more) step by 1; shares and scores by 0.05, kept within 0..1 (or -1..0). */
	private void thresholds() {
		for (Map.Entry<String, Double> threshold : new TreeMap<>(policy.thresholds()).entrySet()) {
			double value = threshold.getValue();
			boolean count = value == Math.rint(value) && Math.abs(value) >= 1;
			double step = count ? 1 : SHARE_STEP;
			int steps = count ? COUNT_STEPS : SHARE_STEPS;
			double low = count ? 0 : value < 0 ? -1 : 0;
			double high = count ? Double.MAX_VALUE : value < 0 ? 0 : Math.max(1, value);
			for (int k = -steps; k <= steps; k++) {
				double v = Math.round((value + k * step) * 10000) / 10000.0;
				if (k != 0 && v >= low && v <= high) {
					add(new ScenarioChange.SetThreshold(threshold.getKey(), v), Math.abs(k), Kind.POLICY,
							"threshold|" + threshold.getKey(), "the policy's " + threshold.getKey() + " were " + Phrases.number(v)
									+ " (it is " + Phrases.number(value) + ")");
				}
			}
		}
	}

	private static ScenarioChange.Patch remove(String path) {
		ArrayNode operations = JsonNodeFactory.instance.arrayNode();
		operations.addObject().put("op", "remove").put("path", path);
		return new ScenarioChange.Patch(operations);
	}

	private static String unused(Set<String> ids, String id) {
		String candidate = id;
		for (int n = 2; ids.contains(candidate); n++) {
			candidate = id + "-" + n;
		}
		return candidate;
	}

	private static int indexOf(List<String> list, String value) {
		return value == null ? -1 : list.indexOf(value);
	}
}
