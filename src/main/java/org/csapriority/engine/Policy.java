package org.csapriority.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.IdentificationLevel;

/**
 * Thresholds and weights the rules read, loaded from {@code rules/policy.yaml}. Rules never carry
 * numbers of their own, so the working group can change a threshold without touching a rule.
 */
public record Policy(Map<String, Double> thresholds, Map<String, Double> strengths,
		Set<IdentificationLevel> standaloneLevels, Map<DriverType, Double> weights, List<Outcome> outcomePrecedence) {

	public Policy {
		thresholds = Map.copyOf(thresholds);
		strengths = Map.copyOf(strengths);
		standaloneLevels = Set.copyOf(standaloneLevels);
		weights = Map.copyOf(weights);
		outcomePrecedence = List.copyOf(outcomePrecedence);
	}

	/** Called from rule conditions; the loader has already checked every name the rules use. */
	public double threshold(String name) {
		Double value = thresholds.get(name);
		if (value == null) {
			throw new IllegalStateException("policy has no threshold '" + name + "'");
		}
		return value;
	}

	/** Called from rule consequences: how strongly one piece of a kind of evidence supports an item. */
	public double strength(String name) {
		Double value = strengths.get(name);
		if (value == null) {
			throw new IllegalStateException("policy has no strength '" + name + "'");
		}
		return value;
	}

	public double weight(DriverType driver) {
		return weights.getOrDefault(driver, 0.0);
	}

	public int precedence(Outcome outcome) {
		int index = outcomePrecedence.indexOf(outcome);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

}
