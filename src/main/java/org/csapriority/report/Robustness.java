package org.csapriority.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's robustness section: what a Monte Carlo run over plausible inputs found, read from the
 * {@code robustness} object of the stored result. The HTML and the Markdown render this one model.
 *
 * @param samplesText the sample count as the report prints it, e.g. 10,000
 * @param varied the kinds of input that varied, in words
 * @param labelRule how an item's label follows from its share, in words, with the run's own thresholds
 * @param meaning what the figures mean, in a few generated paragraphs
 * @param outcomes every outcome some sample gave some item, strongest first, for the chart's legend
 * @param ranks how many ranks there are: the rank acceptability chart's columns
 * @param tornadoes one per item that has one, in the items' order
 * @param closer the items the report draws a tornado for on their own: those that are not stable, least stable first
 * @param firstChoice the tornado the item chooser shows first
 */
record Robustness(long seed, int samples, String samplesText, List<String> varied, List<VariedInput> inputs,
		List<String> heldFixed, double stable, double fragile, String labelRule, List<RobustItem> items,
		List<OutcomeKey> outcomes, int ranks, Tau tau, List<TornadoView> tornadoes, List<TornadoView> closer,
		int firstChoice, int samplesMatchingBaseline, String matchingText, List<String> meaning) {

	/** How many of the largest one-at-a-time swings the report shows for each item. */
	static final int BARS = 8;

	/** How many inputs each tornado shows at most. */
	public int shownBars() {
		return BARS;
	}

	/** The rank acceptability table's rows: each item's share at each rank, blank where no sample put it there. */
	public List<List<String>> rankRows() {
		List<List<String>> rows = new ArrayList<>();
		for (RobustItem item : items) {
			List<String> row = new ArrayList<>();
			row.add(item.name());
			for (int r = 0; r < ranks; r++) {
				double share = r < item.rankAcceptability().size() ? item.rankAcceptability().get(r) : 0;
				row.add(share > 0 ? Fmt.share(share) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	public List<Integer> rankNumbers() {
		return java.util.stream.IntStream.rangeClosed(1, ranks).boxed().toList();
	}

	/** One input that varied: its kind, what it is, its stated value and what its samples were drawn from. */
	record VariedInput(String kind, String input, String stated, String drawn) {
	}

	record OutcomeKey(String id, String label) {
	}

	record OutcomeShareView(String outcome, String label, double share, String shareText) {
	}

	/**
	 * One item across the samples.
	 *
	 * @param share the share of samples keeping the stated outcome
	 * @param shareText that share as printed: whole percent unless that would put it across a label threshold
	 */
	record RobustItem(String id, String name, String outcome, String outcomeLabel, int rank, double score,
			double share, String shareText, String label, List<OutcomeShareView> outcomes,
			List<Double> rankAcceptability, double meanRank, int rankLow, int rankHigh) {

		public String outcomesText() {
			return String.join(", ", outcomes.stream().map(o -> o.label() + " " + o.shareText()).toList());
		}

		public String rankRange() {
			return rankLow == rankHigh ? String.valueOf(rankLow) : rankLow + "–" + rankHigh;
		}

		public String meanRankText() {
			return Fmt.one(meanRank);
		}

		public String scoreText() {
			return Fmt.two(score);
		}
	}

	/** Kendall's tau between each sample's ranking and the stated one. */
	record Tau(double mean, double median, double p05, double p95, double min, double max, double shareIdentical,
			String shareIdenticalText, List<TauBin> bins) {

		public String summary() {
			return "Mean " + Fmt.two(mean) + ", median " + Fmt.two(median) + "; 90% of samples between " + Fmt.two(p05)
					+ " (5th percentile) and " + Fmt.two(p95) + " (95th); lowest " + Fmt.two(min) + ", highest "
					+ Fmt.two(max) + ". " + Labels.capitalised(shareIdenticalText) + " of samples rank every item exactly "
					+ "as stated.";
		}
	}

	record TauBin(double from, double to, double share, String range, String shareText) {
	}

	/**
	 * One item's one-at-a-time results: each input set to the low and the high end of its range alone.
	 *
	 * @param index the item's place among the tornadoes, for the chart that draws it
	 * @param bars the inputs that move the item most, largest swing first, at most {@link Robustness#BARS}
	 * @param smaller how many more inputs move it, by less than the last bar shown
	 * @param still how many inputs do not move it at all
	 * @param hinge the input it hinges on most, in words, or empty when no input moves it on its own
	 */
	record TornadoView(int index, String item, String name, String label, String shareText, String outcome,
			String outcomeLabel, int rank, double score, List<Bar> bars, int smaller, int still, String hinge) {

		public String scoreText() {
			return Fmt.two(score);
		}

		/** What the table and the Markdown add under the bars: the inputs left out. */
		public String rest() {
			List<String> parts = new ArrayList<>();
			if (smaller > 0) {
				parts.add(smaller + (smaller == 1 ? " more input moves" : " more inputs move") + " it by less");
			}
			if (still > 0) {
				parts.add(still + (still == 1 ? " input does" : " inputs do") + " not move it at all");
			}
			return parts.isEmpty() ? "" : Labels.capitalised(String.join("; ", parts)) + ".";
		}
	}

	/** One input of a tornado: the item with the input at the low end of its range and at the high end. */
	record Bar(String input, String lowLabel, String highLabel, Shift low, Shift high, double swing,
			boolean outcomeChanges) {

		public String swingText() {
			return Fmt.two(swing);
		}
	}

	/** Where the item lands: rank, score and outcome. */
	record Shift(String outcome, String outcomeLabel, int rank, double score) {

		public String text() {
			return "rank " + rank + ", score " + Fmt.two(score) + ", " + outcomeLabel;
		}
	}
}
