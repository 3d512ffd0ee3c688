package org.csapriority.sensitivity;

import java.util.List;

/**
 * What a robustness run found. Every share is a count of samples divided by {@code samples}, so the same
 * seed and sample count give the same figures to the last digit, whatever the number of threads.
 *
 * @param inputs every input that varied, with its stated value and the range or distribution it was drawn from
 * @param heldFixed inputs a run cannot vary, and why (for example a published rank order with no confidence)
 * @param samplesMatchingBaseline samples whose every outcome and rank equal the stated inputs' result
 */
public record RobustnessResult(String scenario, long seed, int samples, List<Uncertainty> varied,
		List<VariedInput> inputs, List<String> heldFixed, LabelRule labels, List<ItemRobustness> items,
		TauDistribution kendallTau, List<Tornado> tornado, int samplesMatchingBaseline) {

	public RobustnessResult {
		varied = List.copyOf(varied);
		inputs = List.copyOf(inputs);
		heldFixed = List.copyOf(heldFixed);
		items = List.copyOf(items);
		tornado = List.copyOf(tornado);
	}

	public ItemRobustness item(String id) {
		return items.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
	}

	public Tornado tornado(String id) {
		return tornado.stream().filter(t -> t.item().equals(id)).findFirst().orElse(null);
	}

	/**
	 * One input that varied.
	 *
	 * @param source the kind of input
	 * @param input what it is, e.g. {@code weights.threat-risk-harm} or {@code vawg likelihood}
	 * @param stated its value as stated
	 * @param drawn the range or distribution its samples were drawn from
	 */
	public record VariedInput(Uncertainty source, String input, String stated, String drawn) {
	}

	/**
	 * How an item's label follows from the share of samples that keep its stated outcome: stable at or
	 * above {@code stable}, fragile below {@code fragile}, contested between.
	 */
	public record LabelRule(double stable, double fragile) {
	}

	/**
	 * One item across the samples.
	 *
	 * @param outcomes share of samples giving each outcome the samples gave, strongest outcome first
	 * @param baselineShare share of samples keeping the stated inputs' outcome
	 * @param rankAcceptability share of samples placing the item at each rank, rank 1 first (SMAA-2's b_i^r)
	 * @param rankLow 5th percentile of the item's rank over the samples
	 * @param rankHigh 95th percentile of the item's rank over the samples
	 */
	public record ItemRobustness(String id, String name, String baselineOutcome, int baselineRank,
			double baselineScore, List<OutcomeShare> outcomes, double baselineShare, Label label,
			List<Double> rankAcceptability, double meanRank, int rankLow, int rankHigh) {

		public ItemRobustness {
			outcomes = List.copyOf(outcomes);
			rankAcceptability = List.copyOf(rankAcceptability);
		}
	}

	public record OutcomeShare(String outcome, double share) {
	}

	public enum Label {
		STABLE("stable"), CONTESTED("contested"), FRAGILE("fragile");

		private final String id;

		Label(String id) {
			this.id = id;
		}

		@com.fasterxml.jackson.annotation.JsonValue
		public String id() {
			return id;
		}
	}

	/**
	 * Kendall's tau between each sample's ranking and the stated inputs' ranking, over all items: 1 means
	 * the same order, 0 no relation. Rankings are total orders, so tau-a and tau-b agree.
	 *
	 * @param shareIdentical share of samples whose ranking is exactly the stated one
	 * @param histogram share of samples in each tau interval, lowest first
	 */
	public record TauDistribution(double mean, double median, double p05, double p95, double min, double max,
			double shareIdentical, List<TauBin> histogram) {

		public TauDistribution {
			histogram = List.copyOf(histogram);
		}
	}

	/** Samples whose tau lies in [from, to) (the last bin includes 1). */
	public record TauBin(double from, double to, double share) {
	}

	/** One-at-a-time: each input set to the low and high end of its range, every other input as stated. */
	public record Tornado(String item, List<TornadoBar> bars) {

		public Tornado {
			bars = List.copyOf(bars);
		}
	}

	/**
	 * @param low the item with the input at its low end (for a district: without that district's assessment)
	 * @param high the item with the input at its high end
	 * @param swing how far the item moves: ranks between low and high, plus the score change
	 * @param outcomeChanges whether the outcome differs between low, stated and high
	 */
	public record TornadoBar(String input, String lowLabel, String highLabel, Shift low, Shift high, double swing,
			boolean outcomeChanges) {
	}

	public record Shift(String outcome, int rank, double score) {
	}
}
