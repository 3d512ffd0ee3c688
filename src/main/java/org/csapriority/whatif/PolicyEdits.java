package org.csapriority.whatif;

import static org.csapriority.whatif.ScenarioTree.known;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.csapriority.engine.Policy;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.whatif.ScenarioChange.SetThreshold;
import org.csapriority.whatif.ScenarioChange.SetWeight;

/**
 * Changes to the policy the rules read: a threshold, or a driver type's weight with the others rescaled so the
 * weights still sum to 1 (the scores then still run 0 to 1). Only keys the policy already defines may change.
 */
final class PolicyEdits {

	private final Problems problems;

	private final Map<String, Double> thresholds;

	private final Map<DriverType, Double> weights;

	private final Policy original;

	PolicyEdits(Policy policy, Problems problems) {
		this.original = policy;
		this.problems = problems;
		this.thresholds = new LinkedHashMap<>(policy.thresholds());
		this.weights = new EnumMap<>(policy.weights());
	}

	static boolean handles(ScenarioChange change) {
		return change instanceof SetThreshold || change instanceof SetWeight;
	}

	/** The plain-English line of the change, or null when it does not fit the policy. */
	String apply(ScenarioChange change, int index) {
		if (change instanceof SetThreshold c) {
			return threshold(c, index);
		}
		if (change instanceof SetWeight c) {
			return weight(c, index);
		}
		throw new IllegalArgumentException("not a policy change: " + change.describe());
	}

	/** The policy with every change so far; the original itself when nothing changed. */
	Policy policy() {
		if (thresholds.equals(original.thresholds()) && weights.equals(original.weights())) {
			return original;
		}
		return new Policy(thresholds, original.strengths(), original.standaloneLevels(), weights,
				original.outcomePrecedence());
	}

	private String threshold(SetThreshold c, int index) {
		if (!thresholds.containsKey(c.key())) {
			problems.add(index, "key", "'" + c.key() + "' is not a threshold of the policy; known: "
					+ known(thresholds.keySet().stream().sorted().toList()));
			return null;
		}
		if (!Double.isFinite(c.value())) {
			problems.add(index, "value", c.value() + " is not a number");
			return null;
		}
		double was = thresholds.put(c.key(), c.value());
		return "policy threshold " + c.key() + " " + number(c.value()) + " (was " + number(was) + ")";
	}

	private String weight(SetWeight c, int index) {
		DriverType driver = DriverType.fromId(c.driver());
		if (driver == null || !weights.containsKey(driver)) {
			problems.add(index, "driver", "'" + c.driver() + "' is not a driver type the policy weighs; known: "
					+ known(weights.keySet().stream().map(DriverType::id).toList()));
			return null;
		}
		if (!Double.isFinite(c.value()) || c.value() < 0 || c.value() > 1) {
			problems.add(index, "value", c.value() + " is not a weight between 0 and 1");
			return null;
		}
		double others = weights.entrySet().stream().filter(e -> e.getKey() != driver).mapToDouble(Map.Entry::getValue).sum();
		if (others == 0 && c.value() < 1) {
			problems.add(index, "value", "every other driver type weighs 0, so the weights cannot sum to 1 with "
					+ c.driver() + " at " + number(c.value()));
			return null;
		}
		double was = weights.get(driver);
		double scale = others == 0 ? 0 : (1 - c.value()) / others;
		weights.replaceAll((type, weight) -> type == driver ? c.value() : weight * scale);
		return "score weight of " + driver.label().toLowerCase(Locale.ROOT) + " " + number(c.value()) + " (was "
				+ number(was) + "); the other weights scaled by " + number(scale) + " so the weights sum to 1";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}
}
