package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.csapriority.engine.Placing;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.sensitivity.RobustnessResult.ItemRobustness;
import org.csapriority.sensitivity.RobustnessResult.Label;
import org.csapriority.sensitivity.RobustnessResult.LabelRule;
import org.csapriority.sensitivity.RobustnessResult.OutcomeShare;
import org.csapriority.sensitivity.RobustnessResult.TauBin;
import org.csapriority.sensitivity.RobustnessResult.TauDistribution;

/** Turns the integer tallies into shares, labels and the distribution of Kendall's tau. */
final class Results {

	/** Width of a bar of the tau histogram. */
	static final double TAU_BIN = 0.1;

	private Results() {
	}

	static RobustnessResult of(String scenario, RobustnessRequest request, SampleSpace space, LabelRule labels,
			List<Placing> stated, Tally tally, List<RobustnessResult.Tornado> tornado) {
		double n = tally.samples;
		List<ItemRobustness> items = new ArrayList<>();
		for (int i = 0; i < stated.size(); i++) {
			Placing item = stated.get(i);
			List<OutcomeShare> outcomes = new ArrayList<>();
			for (Outcome outcome : Outcome.values()) {
				long count = tally.outcomes[i][outcome.ordinal()];
				if (count > 0) {
					outcomes.add(new OutcomeShare(outcome.id(), count / n));
				}
			}
			double keeps = tally.outcomes[i][item.outcome().ordinal()] / n;
			List<Double> acceptability = new ArrayList<>();
			double rankSum = 0;
			for (int r = 0; r < stated.size(); r++) {
				acceptability.add(tally.ranks[i][r] / n);
				rankSum += (r + 1) * (double) tally.ranks[i][r];
			}
			items.add(new ItemRobustness(item.id(), item.name(), item.outcome().id(), item.rank(), item.score(), outcomes,
					keeps, label(keeps, labels), acceptability, Math.round(rankSum / n * 100) / 100.0,
					quantile(tally.ranks[i], tally.samples, 0.05) + 1, quantile(tally.ranks[i], tally.samples, 0.95) + 1));
		}
		return new RobustnessResult(scenario, request.seed(), request.samples(),
				List.of(Uncertainty.values()).stream().filter(request.vary()::contains).toList(), space.inputs(),
				space.heldFixed(), labels, items, tau(tally, stated.size()), tornado, (int) tally.matching);
	}

	static Label label(double keeps, LabelRule labels) {
		return keeps >= labels.stable() ? Label.STABLE : keeps < labels.fragile() ? Label.FRAGILE : Label.CONTESTED;
	}

	/** Nearest-rank quantile of a distribution over 0..counts.length-1: the smallest value with that share at or below. */
	static int quantile(long[] counts, long total, double q) {
		long needed = Math.max(1, (long) Math.ceil(q * total));
		long seen = 0;
		for (int v = 0; v < counts.length; v++) {
			seen += counts[v];
			if (seen >= needed) {
				return v;
			}
		}
		return counts.length - 1;
	}

	/**
	 * Tau from the number of discordant pairs d out of P: tau = 1 - 2d/P. Tau falls as d rises, so tau's
	 * quantile q is d's quantile 1 - q.
	 */
	private static TauDistribution tau(Tally tally, int items) {
		int pairs = Tally.pairs(items);
		long total = tally.samples;
		if (pairs == 0) {
			return new TauDistribution(1, 1, 1, 1, 1, 1, 1, List.of(new TauBin(1 - TAU_BIN, 1, 1)));
		}
		long[] d = tally.discordant;
		double sum = 0;
		int least = -1;
		int most = 0;
		for (int k = 0; k < d.length; k++) {
			sum += k * (double) d[k];
			if (d[k] > 0) {
				least = least < 0 ? k : least;
				most = k;
			}
		}
		int bins = (int) Math.round(2 / TAU_BIN);
		long[] binned = new long[bins];
		for (int k = 0; k < d.length; k++) {
			if (d[k] > 0) {
				binned[Math.min(bins - 1, (int) Math.floor((tau(k, pairs) + 1) / TAU_BIN + 1e-9))] += d[k];
			}
		}
		List<TauBin> histogram = new ArrayList<>();
		for (int b = 0; b < bins; b++) {
			histogram.add(new TauBin(round(-1 + b * TAU_BIN), round(-1 + (b + 1) * TAU_BIN), binned[b] / (double) total));
		}
		return new TauDistribution(round(1 - 2 * sum / total / pairs), tau(quantile(d, total, 0.5), pairs),
				tau(quantile(d, total, 0.95), pairs), tau(quantile(d, total, 0.05), pairs), tau(most, pairs),
				tau(least, pairs), d[0] / (double) total, histogram);
	}

	private static double tau(int discordant, int pairs) {
		return round(1 - 2.0 * discordant / pairs);
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
