package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;

import org.csapriority.engine.Policy;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.DistrictEvidence;
import org.csapriority.scenario.HarmDimension;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.IdentificationBand;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ThreatRiskHarm;
import org.csapriority.sensitivity.RobustnessResult.VariedInput;

/**
 * The plausible worlds around a scenario: which inputs vary, how each is drawn, and the one-at-a-time
 * settings of the tornado. Draws happen in a fixed order from the sample's own generator, so a sample is
 * the same whichever thread draws it.
 */
final class SampleSpace {

	private final Scenario scenario;

	private final Policy policy;

	private final Set<Uncertainty> vary;

	private final RobustnessPolicy ranges;

	private final ScoreDraw scores;

	private final DistrictDraw districts;

	private final WeightDraw weights;

	private final Map<String, Range> thresholds = new LinkedHashMap<>();

	private final List<VariedInput> inputs = new ArrayList<>();

	private final List<String> heldFixed = new ArrayList<>();

	SampleSpace(Scenario scenario, Policy policy, RobustnessPolicy ranges, Set<Uncertainty> vary) {
		this.scenario = scenario;
		this.policy = policy;
		this.ranges = ranges;
		this.vary = vary;
		ThreatRiskHarm trh = scenario.threatRiskHarm();
		boolean scored = trh != null && !trh.scored().isEmpty() && scenario.scoringScheme() != null;
		this.scores = vary.contains(Uncertainty.SCORES) && scored ? new ScoreDraw(trh, scenario.scoringScheme(), scenario.id()) : null;
		this.districts = vary.contains(Uncertainty.DISTRICTS) ? new DistrictDraw(scenario) : null;
		this.weights = vary.contains(Uncertainty.WEIGHTS) ? new WeightDraw(policy, ranges.weights()) : null;
		if (vary.contains(Uncertainty.THRESHOLDS)) {
			ranges.thresholds().forEach((key, range) -> {
				if (!range.isPoint()) {
					thresholds.put(key, range);
				}
			});
		}
		describe(trh);
	}

	List<VariedInput> inputs() {
		return inputs;
	}

	List<String> heldFixed() {
		return heldFixed;
	}

	World stated() {
		return new World(scenario, policy);
	}

	/** One sample: scores, then districts, then weights, then thresholds, each from {@code rng}. */
	World draw(UniformRandomProvider rng) {
		ThreatRiskHarm trh = scores != null && scores.varies() ? scores.draw(rng) : scenario.threatRiskHarm();
		DistrictEvidence evidence = districts != null && districts.varies() ? districts.draw(rng)
				: scenario.districtAssessments();
		Map<DriverType, Double> w = weights != null ? weights.draw(rng) : policy.weights();
		Map<String, Double> t = policy.thresholds();
		if (!thresholds.isEmpty()) {
			t = new LinkedHashMap<>(policy.thresholds());
			for (Map.Entry<String, Range> range : thresholds.entrySet()) {
				t.put(range.getKey(), range.getValue().at(rng.nextDouble()));
			}
		}
		return new World(with(scenario, trh, evidence, scenario.districts()), withPolicy(t, w));
	}

	/** A one-at-a-time setting: an input at its low and its high end, every other input as stated. */
	record Setting(Uncertainty source, String input, String lowLabel, World low, String highLabel, World high) {
	}

	List<Setting> oneAtATime() {
		List<Setting> settings = new ArrayList<>();
		if (weights != null && weights.varies()) {
			ranges.weights().forEach((driver, range) -> {
				if (!range.isPoint()) {
					settings.add(new Setting(Uncertainty.WEIGHTS, "weight of " + driver.id(), Numbers.plain(range.low()),
							new World(scenario, withPolicy(policy.thresholds(), weights.with(driver, range.low()))),
							Numbers.plain(range.high()),
							new World(scenario, withPolicy(policy.thresholds(), weights.with(driver, range.high())))));
				}
			});
		}
		thresholds.forEach((key, range) -> settings.add(new Setting(Uncertainty.THRESHOLDS, "threshold " + key,
				Numbers.plain(range.low()), new World(scenario, withThreshold(key, range.low())),
				Numbers.plain(range.high()), new World(scenario, withThreshold(key, range.high())))));
		if (scores != null) {
			for (int i = 0; i < scores.scores().size(); i++) {
				if (scores.varies(i)) {
					HarmScore score = scores.scores().get(i);
					settings.add(new Setting(Uncertainty.SCORES, "threat/risk/harm scores of " + score.issue(),
							"each point " + signed(scores.quantile(i, ScoreDraw.LOW_QUANTILE)) + " (5th percentile), rounded",
							world(scores.shifted(i, ScoreDraw.LOW_QUANTILE), scenario.districtAssessments(), scenario.districts()),
							"each point " + signed(scores.quantile(i, ScoreDraw.HIGH_QUANTILE)) + " (95th percentile), rounded",
							world(scores.shifted(i, ScoreDraw.HIGH_QUANTILE), scenario.districtAssessments(), scenario.districts())));
				}
			}
		}
		if (districts != null) {
			districtSettings(settings);
		}
		return settings;
	}

	private void districtSettings(List<Setting> settings) {
		List<DistrictAssessment> returns = districts.returns();
		if (returns.size() > 1) {
			World stated = stated();
			for (int i = 0; i < returns.size(); i++) {
				DistrictAssessment left = returns.get(i);
				List<String> names = scenario.districts().stream().filter(d -> !d.equals(left.district())).toList();
				DistrictEvidence evidence = new DistrictEvidence(districts.without(i), scenario.districtAssessments().counts(),
						scenario.districtAssessments().bands(), scenario.districtAssessments().bandDefinitions());
				settings.add(new Setting(Uncertainty.DISTRICTS, "assessment of " + left.district(), "left out",
						world(scenario.threatRiskHarm(), evidence, names), "as stated", stated));
			}
		}
		for (int i = 0; i < districts.counts().size(); i++) {
			if (districts.countVaries(i)) {
				IdentificationCount count = districts.counts().get(i);
				int of = count.of() == null ? districts.districts() : count.of();
				settings.add(new Setting(Uncertainty.DISTRICTS, "district count '" + count.label() + "'",
						districts.countAt(i, ScoreDraw.LOW_QUANTILE) + " of " + of,
						world(scenario.threatRiskHarm(), districts.countEvidence(i, ScoreDraw.LOW_QUANTILE), scenario.districts()),
						districts.countAt(i, ScoreDraw.HIGH_QUANTILE) + " of " + of,
						world(scenario.threatRiskHarm(), districts.countEvidence(i, ScoreDraw.HIGH_QUANTILE), scenario.districts())));
			}
		}
		for (int i = 0; i < districts.bands().size(); i++) {
			if (districts.bandVaries(i)) {
				IdentificationBand band = districts.bands().get(i);
				int of = districts.districts();
				settings.add(new Setting(Uncertainty.DISTRICTS, "district band '" + band.band() + "' for " + band.issues(),
						districts.bandAt(i, ScoreDraw.LOW_QUANTILE) + " of " + of,
						world(scenario.threatRiskHarm(), districts.bandEvidence(i, ScoreDraw.LOW_QUANTILE), scenario.districts()),
						districts.bandAt(i, ScoreDraw.HIGH_QUANTILE) + " of " + of,
						world(scenario.threatRiskHarm(), districts.bandEvidence(i, ScoreDraw.HIGH_QUANTILE), scenario.districts())));
			}
		}
	}

	private World world(ThreatRiskHarm trh, DistrictEvidence evidence, List<String> names) {
		return new World(with(scenario, trh, evidence, names), policy);
	}

	private Policy withThreshold(String key, double value) {
		Map<String, Double> t = new LinkedHashMap<>(policy.thresholds());
		t.put(key, value);
		return withPolicy(t, policy.weights());
	}

	private Policy withPolicy(Map<String, Double> t, Map<DriverType, Double> w) {
		if (t == policy.thresholds() && w == policy.weights()) {
			return policy;
		}
		return new Policy(t, policy.strengths(), policy.standaloneLevels(), w.isEmpty() ? new EnumMap<>(DriverType.class) : w,
				policy.outcomePrecedence());
	}

	private void describe(ThreatRiskHarm trh) {
		if (scores != null) {
			for (int i = 0; i < scores.scores().size(); i++) {
				HarmScore score = scores.scores().get(i);
				if (scores.varies(i)) {
					inputs.add(new VariedInput(Uncertainty.SCORES, "threat/risk/harm scores of " + score.issue(), stated(score),
							scores.described(i)));
				}
				else {
					heldFixed.add("threat/risk/harm scores of " + score.issue() + ": " + score.confidence()
							+ " confidence has a spread of 0");
				}
			}
		}
		else if (vary.contains(Uncertainty.SCORES)) {
			heldFixed.add(trh == null ? "threat/risk/harm: the scenario has no threat/risk/harm assessment"
					: "threat/risk/harm: a published rank order with no stated confidence, held as published");
		}
		if (scores != null) {
			heldFixed.add("threat/risk/harm: each score's organisational position, a grade the partnership states of itself");
		}
		if (trh != null && scores != null && !trh.ranked().isEmpty()) {
			heldFixed.add("threat/risk/harm: the published rank order, which states no confidence, held as published");
		}
		if (districts != null) {
			describeDistricts();
		}
		if (weights != null && weights.varies()) {
			ranges.weights().forEach((driver, range) -> {
				if (!range.isPoint()) {
					inputs.add(new VariedInput(Uncertainty.WEIGHTS, "weight of " + driver.id(), Numbers.plain(policy.weight(driver)),
							range + ", all weights then rescaled to add up to 1"));
				}
			});
			List<String> unranged = policy.weights().keySet().stream()
				.filter(d -> !ranges.weights().containsKey(d) || ranges.weights().get(d).isPoint()).map(DriverType::id).sorted()
				.toList();
			if (!unranged.isEmpty()) {
				heldFixed.add("weights with no declared range (or a range of one value): " + String.join(", ", unranged));
			}
		}
		else if (weights != null) {
			heldFixed.add("weights: the policy declares no ranges that let them move");
		}
		thresholds.forEach((key, range) -> inputs.add(new VariedInput(Uncertainty.THRESHOLDS, "threshold " + key,
				Numbers.plain(policy.threshold(key)), range.toString())));
		if (vary.contains(Uncertainty.THRESHOLDS)) {
			List<String> unranged = policy.thresholds().keySet().stream().filter(k -> !thresholds.containsKey(k)).sorted().toList();
			if (!unranged.isEmpty()) {
				heldFixed.add("thresholds with no declared range: " + String.join(", ", unranged));
			}
		}
		for (Uncertainty kind : Uncertainty.values()) {
			if (!vary.contains(kind)) {
				heldFixed.add(kind.id() + ": not varied in this run");
			}
		}
		heldFixed.add("evidence that is present or absent (horizon scanning, the Police and Crime Plan, statutory duties, "
				+ "county arrangements, community views, crime trends) and the strengths the policy gives it");
	}

	private void describeDistricts() {
		if (districts.returns().size() > 1) {
			inputs.add(new VariedInput(Uncertainty.DISTRICTS, "district strategic assessments",
					districts.returns().size() + " districts' returns", "bootstrap: " + districts.returns().size()
							+ " returns drawn with replacement"));
		}
		for (int i = 0; i < districts.counts().size(); i++) {
			IdentificationCount count = districts.counts().get(i);
			int of = count.of() == null ? districts.districts() : count.of();
			if (districts.countVaries(i)) {
				inputs.add(new VariedInput(Uncertainty.DISTRICTS, "district count '" + count.label() + "'",
						count.count() + " of " + of, "binomial(" + of + ", " + count.count() + "/" + of + ")"));
			}
			else {
				heldFixed.add("district count '" + count.label() + "': " + count.count() + " of " + of
						+ ", none or all of the districts, which no resampling changes");
			}
		}
		for (int i = 0; i < districts.bands().size(); i++) {
			IdentificationBand band = districts.bands().get(i);
			String input = "district band '" + band.band() + "' for " + band.issues();
			if (districts.bandVaries(i)) {
				inputs.add(new VariedInput(Uncertainty.DISTRICTS, input, "about " + districts.bandAt(i, 0.5) + " of "
						+ districts.districts(), "binomial(" + districts.districts() + ", band share) districts"));
			}
			else {
				heldFixed.add(input + ": none or all of the districts, which no resampling changes");
			}
		}
		if (!districts.varies()) {
			heldFixed.add("districts: nothing to resample (no district returns, counts or bands)");
		}
	}

	private String stated(HarmScore score) {
		StringBuilder text = new StringBuilder("harm");
		for (HarmDimension dimension : scenario.scoringScheme().harmDimensions()) {
			Integer value = score.harm().get(dimension.id());
			if (value != null) {
				text.append(' ').append(dimension.id()).append(' ').append(value);
			}
		}
		return text + ", likelihood " + score.likelihood() + ", " + score.confidence() + " confidence";
	}

	private static String signed(double value) {
		double rounded = Math.round(value * 100) / 100.0;
		return (rounded >= 0 ? "+" : "") + Numbers.plain(rounded);
	}

	static Scenario with(Scenario s, ThreatRiskHarm trh, DistrictEvidence evidence, List<String> districts) {
		if (trh == s.threatRiskHarm() && evidence == s.districtAssessments() && districts == s.districts()) {
			return s;
		}
		return new Scenario(s.imports(), s.id(), s.area(), s.partnership(), s.assessmentYear(), s.financialYear(),
				s.agreementStarts(), s.framework(), districts, s.districtsSource(), s.documents(), s.taxonomy(), evidence,
				trh, s.scoringScheme(), s.horizonScanning(), s.policeAndCrimePlan(), s.statutoryDuties(),
				s.countyArrangements(), s.crimeRates(), s.communityViews(), s.comparisons(), s.previousOutcome(),
				s.workingGroupDecisions());
	}
}
