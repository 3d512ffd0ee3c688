package org.csapriority.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csapriority.engine.Policy;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.BandDefinition;
import org.csapriority.scenario.ConfidenceLevel;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.HarmDimension;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.HorizonItem;
import org.csapriority.scenario.IdentificationBand;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.Issue;
import org.csapriority.scenario.NamedIssue;
import org.csapriority.scenario.PositionGrade;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScoringScheme;

/**
 * The inputs of a scenario the page offers controls for, each with the value the adopted baseline holds
 * and the range a change may take, so the page draws the control that suits it: a level per district,
 * a stepper per published count, a band per published phrase, a stepper per harm score, a checkbox per
 * horizon item, a slider per threshold and weight.
 */
public record ScenarioInputs(String framework, List<String> districts, Map<String, String> issueNames,
		List<String> districtLevels, List<DistrictRow> perDistrict, List<CountRow> counts, List<BandRow> bands,
		List<Choice> bandDefinitions, HarmScale harmScale, List<HarmRow> harm, List<HorizonRow> horizon,
		List<Setting> thresholds, List<Setting> weights) {

	/** What a district may say of an issue, as the what-if changes name the levels; not-named removes it. */
	static final List<String> DISTRICT_LEVELS = List.of("main-priority", "cross-cutting-theme", "core-business",
			"part-of-broader-theme", "not-named");

	public record Choice(String id, String label) {
	}

	public record DistrictRow(String district, Map<String, String> levels) {
	}

	public record CountRow(String label, String issue, int count, int of) {
	}

	public record BandRow(String statement, String issue, String band) {
	}

	public record Scale(String id, String label, int min, int max) {
	}

	public record HarmScale(List<Scale> dimensions, Scale likelihood, List<Choice> positions, List<Choice> confidence) {
	}

	public record HarmRow(String issue, Map<String, Integer> harm, Integer likelihood, String position, String confidence) {
	}

	public record HorizonRow(String id, String category, String kind, String text, List<String> issues) {
	}

	/** A policy number with the range its slider offers. */
	public record Setting(String key, String label, double value, double min, double max, double step) {
	}

	static ScenarioInputs of(Scenario scenario, Policy policy) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Issue issue : scenario.taxonomy().issues()) {
			names.put(issue.id(), issue.name());
		}
		return new ScenarioInputs(label(scenario.framework()),
				scenario.districts(), names, DISTRICT_LEVELS, perDistrict(scenario), counts(scenario), bands(scenario),
				scenario.districtAssessments().bandDefinitions().stream()
					.map((BandDefinition b) -> new Choice(b.id(), b.id() + " (" + b.meaning() + ")")).toList(),
				harmScale(scenario.scoringScheme()), harm(scenario), horizon(scenario), thresholds(policy), weights(policy));
	}

	private static List<DistrictRow> perDistrict(Scenario scenario) {
		List<DistrictRow> rows = new ArrayList<>();
		for (DistrictAssessment a : scenario.districtAssessments().perDistrict()) {
			Map<String, String> levels = new LinkedHashMap<>();
			for (NamedIssue named : a.named()) {
				levels.put(named.issue(), named.level().label());
			}
			rows.add(new DistrictRow(a.district(), levels));
		}
		return rows;
	}

	private static List<CountRow> counts(Scenario scenario) {
		List<CountRow> rows = new ArrayList<>();
		for (IdentificationCount c : scenario.districtAssessments().counts()) {
			if (!c.issues().isEmpty() && c.count() != null && c.of() != null) {
				rows.add(new CountRow(c.label(), c.issues().get(0), c.count(), c.of()));
			}
		}
		return rows;
	}

	private static List<BandRow> bands(Scenario scenario) {
		List<BandRow> rows = new ArrayList<>();
		for (IdentificationBand b : scenario.districtAssessments().bands()) {
			if (!b.issues().isEmpty()) {
				rows.add(new BandRow(b.statement(), b.issues().get(0), b.band()));
			}
		}
		return rows;
	}

	private static HarmScale harmScale(ScoringScheme scheme) {
		if (scheme == null) {
			return null;
		}
		List<Scale> dimensions = scheme.harmDimensions().stream()
			.map((HarmDimension d) -> new Scale(d.id(), d.label(), d.min(), d.max())).toList();
		Scale likelihood = scheme.likelihood() == null ? null
				: new Scale("likelihood", scheme.likelihood().label(), scheme.likelihood().min(), scheme.likelihood().max());
		return new HarmScale(dimensions, likelihood,
				scheme.organisationalPositions().stream().map((PositionGrade p) -> new Choice(p.id(), p.label())).toList(),
				scheme.confidenceLevels().stream().map((ConfidenceLevel c) -> new Choice(c.id(), c.label())).toList());
	}

	private static List<HarmRow> harm(Scenario scenario) {
		if (scenario.threatRiskHarm() == null) {
			return List.of();
		}
		return scenario.threatRiskHarm().scored().stream()
			.map((HarmScore s) -> new HarmRow(s.issue(), s.harm(), s.likelihood(), s.organisationalPosition(), s.confidence()))
			.toList();
	}

	/** Only items linked to an issue: switching off one linked to none could move nothing. */
	private static List<HorizonRow> horizon(Scenario scenario) {
		return scenario.horizonScanning().stream().filter(h -> !h.issues().isEmpty())
			.map((HorizonItem h) -> new HorizonRow(h.id(), label(h.category()), label(h.kind()), h.text(), h.issues()))
			.toList();
	}

	private static String label(Object value) {
		return value == null ? null : value.toString().toLowerCase().replace('_', '-');
	}

	private static List<Setting> thresholds(Policy policy) {
		// the data-quality tolerances move no outcome, so a slider for them would seem to do nothing
		return policy.thresholds().entrySet().stream().filter(e -> !e.getKey().startsWith("quality."))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> threshold(e.getKey(), e.getValue())).toList();
	}

	/** Counts step by one; negative rates run from -1 to 0; shares and scores run from 0 to 1. */
	private static Setting threshold(String key, double value) {
		boolean whole = value == Math.rint(value) && Math.abs(value) >= 1;
		if (whole) {
			return new Setting(key, key, value, 0, Math.max(10, value * 2), 1);
		}
		if (value < 0) {
			return new Setting(key, key, value, -1, 0, 0.01);
		}
		return new Setting(key, key, value, 0, Math.max(1, value), 0.01);
	}

	private static List<Setting> weights(Policy policy) {
		List<Setting> weights = new ArrayList<>();
		for (DriverType driver : DriverType.values()) {
			Double value = policy.weights().get(driver);
			if (value != null) {
				weights.add(new Setting(driver.id(), driver.label(), value, 0, 1, 0.01));
			}
		}
		return weights;
	}
}
