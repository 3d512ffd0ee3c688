package org.csapriority.engine;

import java.util.ArrayList;
import java.util.List;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Signal;

/**
 * The priority score, broken down by driver type: for each driver the policy weight times the
 * strongest supporting signal of that driver. It ranks items; the decision rules choose outcomes.
 */
final class Scoring {

	private Scoring() {
	}

	static List<DriverScore> breakdown(List<Signal> signals, Policy policy) {
		double[] strongest = new double[DriverType.values().length];
		for (Signal signal : signals) {
			if (signal.supportive()) {
				int i = signal.driver().ordinal();
				strongest[i] = Math.max(strongest[i], signal.strength());
			}
		}
		List<DriverScore> parts = new ArrayList<>();
		for (DriverType driver : DriverType.values()) {
			double weight = policy.weight(driver);
			if (weight > 0) {
				double strength = strongest[driver.ordinal()];
				parts.add(new DriverScore(driver, weight, round(strength), round(weight * strength)));
			}
		}
		return parts;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
