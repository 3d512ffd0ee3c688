package org.csapriority.sensitivity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import org.csapriority.engine.Policy;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.InputProblem;

/**
 * Draws driver weights within their declared ranges that still add up to 1: each ranged weight uniformly in
 * its range, the ranged weights then rescaled to fill what the fixed weights leave, and a draw that rescaling
 * carries out of a range drawn again.
 */
final class WeightDraw {

	/** Draws tried before a sample gives up; {@link #check} refuses ranges that come anywhere near it. */
	private static final int MAX_TRIES = 10_000;

	/** A policy whose ranges accept fewer of {@link #TRIAL} draws than this is refused as too narrow to sample. */
	private static final double MIN_ACCEPTANCE = 0.01;

	private static final int TRIAL = 2_000;

	private final Map<DriverType, Double> stated;

	private final DriverType[] ranged;

	private final Range[] ranges;

	private final double free;

	WeightDraw(Policy policy, Map<DriverType, Range> declared) {
		this.stated = policy.weights();
		List<DriverType> varying = declared.entrySet().stream().filter(e -> !e.getValue().isPoint()).map(Map.Entry::getKey)
			.sorted().toList();
		this.ranged = varying.toArray(DriverType[]::new);
		this.ranges = varying.stream().map(declared::get).toArray(Range[]::new);
		double fixed = stated.entrySet().stream().filter(e -> !varying.contains(e.getKey()))
			.mapToDouble(Map.Entry::getValue).sum();
		this.free = 1 - fixed;
	}

	boolean varies() {
		return ranged.length > 1;
	}

	/** The weights of one sample, or null when no draw fits (prevented by {@link #check}). */
	Map<DriverType, Double> draw(UniformRandomProvider rng) {
		if (!varies()) {
			return stated;
		}
		double[] w = new double[ranged.length];
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			double sum = 0;
			for (int i = 0; i < w.length; i++) {
				w[i] = ranges[i].at(rng.nextDouble());
				sum += w[i];
			}
			boolean inside = true;
			for (int i = 0; i < w.length && inside; i++) {
				w[i] = w[i] * free / sum;
				inside = ranges[i].contains(w[i]);
			}
			if (inside) {
				Map<DriverType, Double> weights = new EnumMap<>(stated);
				for (int i = 0; i < w.length; i++) {
					weights.put(ranged[i], w[i]);
				}
				return weights;
			}
		}
		throw new IllegalStateException("no weights within the declared ranges after " + MAX_TRIES + " draws");
	}

	/**
	 * One weight at a value, the other ranged weights rescaled in proportion so that all still add up to 1: the
	 * fixed weights stay fixed, as they do in the samples.
	 */
	Map<DriverType, Double> with(DriverType driver, double value) {
		double others = 0;
		for (DriverType d : ranged) {
			others += d == driver ? 0 : stated.get(d);
		}
		double scale = others == 0 ? 0 : (free - value) / others;
		Map<DriverType, Double> weights = new EnumMap<>(stated);
		for (DriverType d : ranged) {
			weights.put(d, d == driver ? value : stated.get(d) * scale);
		}
		return weights;
	}

	/** Refuses ranges that cannot add up to 1, or that so seldom do that sampling them would stall. */
	static void check(String file, int line, Policy policy, Map<DriverType, Range> declared, List<InputProblem> problems) {
		WeightDraw draw = new WeightDraw(policy, declared);
		if (draw.ranged.length == 1) {
			problems.add(new InputProblem(file, line, "robustness.weights", "only " + draw.ranged[0].id() + " has a range: "
					+ "with every other weight fixed it cannot move and still add up to 1; give at least two weights a range"));
			return;
		}
		if (!draw.varies()) {
			return;
		}
		double low = 0;
		double high = 0;
		for (Range range : draw.ranges) {
			low += range.low();
			high += range.high();
		}
		if (low > draw.free + 1e-9 || high < draw.free - 1e-9) {
			problems.add(new InputProblem(file, line, "robustness.weights", "the ranges cannot be met: the ranged weights "
					+ "must add up to " + Numbers.plain(Math.round(draw.free * 1e6) / 1e6) + " beside the fixed ones, but their "
					+ "ranges run from " + Numbers.plain(Math.round(low * 1e6) / 1e6) + " to "
					+ Numbers.plain(Math.round(high * 1e6) / 1e6)));
			return;
		}
		UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] { 1, 2 });
		int accepted = 0;
		double[] w = new double[draw.ranges.length];
		for (int t = 0; t < TRIAL; t++) {
			double sum = 0;
			for (int i = 0; i < w.length; i++) {
				w[i] = draw.ranges[i].at(rng.nextDouble());
				sum += w[i];
			}
			boolean inside = true;
			for (int i = 0; i < w.length && inside; i++) {
				inside = draw.ranges[i].contains(w[i] * draw.free / sum);
			}
			accepted += inside ? 1 : 0;
		}
		if (accepted < TRIAL * MIN_ACCEPTANCE) {
			problems.add(new InputProblem(file, line, "robustness.weights", "the ranges are too narrow to sample: only "
					+ accepted + " of " + TRIAL + " draws add up to 1 within them; widen the ranges or fix some weights"));
		}
	}
}
