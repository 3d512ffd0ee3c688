package org.csapriority.sensitivity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csapriority.engine.fact.Outcome;
import org.csapriority.sensitivity.RobustnessResult.ItemRobustness;
import org.csapriority.sensitivity.RobustnessResult.Label;
import org.csapriority.sensitivity.RobustnessResult.TauDistribution;
import org.csapriority.sensitivity.RobustnessResult.TornadoBar;

/** The summary a person reads at the terminal or in Markdown: the table, tau, and what the unstable items hinge on. */
public final class RobustnessText {

	private RobustnessText() {
	}

	public static String text(RobustnessResult r) {
		StringBuilder out = new StringBuilder();
		out.append(heading(r)).append("\n").append(labelRule(r)).append("\n\n");
		String row = "%-34s %-18s %7s  %-9s  %-9s  %s%n";
		out.append(String.format(Locale.ROOT, row, "Item", "Stated outcome", "Keeps", "Label", "Ranks", "Other outcomes"));
		for (ItemRobustness item : r.items()) {
			out.append(String.format(Locale.ROOT, row, cut(item.name(), 34), label(item.baselineOutcome()),
					Numbers.percent(item.baselineShare()), item.label().id(), ranks(item), others(item)));
		}
		out.append("\n").append(tau(r.kendallTau(), r.samples())).append("\n");
		List<String> hinges = hinges(r);
		if (!hinges.isEmpty()) {
			out.append("\nWhat the items that are not stable hinge on (one input at a time, at the ends of its range):\n");
			hinges.forEach(h -> out.append("  ").append(h).append("\n"));
		}
		out.append("\n").append(r.inputs().size()).append(" inputs varied (--format json lists each with its range); held fixed:\n");
		r.heldFixed().forEach(h -> out.append("  - ").append(h).append("\n"));
		return out.toString();
	}

	public static String markdown(RobustnessResult r) {
		StringBuilder out = new StringBuilder("# ").append(heading(r)).append("\n\n").append(labelRule(r)).append("\n\n");
		out.append("| Item | Stated outcome | Keeps it | Label | Ranks (5–95%) | Other outcomes |\n|---|---|---:|---|---|---|\n");
		for (ItemRobustness item : r.items()) {
			out.append("| ").append(item.name()).append(" | ").append(label(item.baselineOutcome())).append(" | ")
				.append(Numbers.percent(item.baselineShare())).append(" | ").append(item.label().id()).append(" | ")
				.append(ranks(item)).append(" | ").append(others(item)).append(" |\n");
		}
		out.append("\n").append(tau(r.kendallTau(), r.samples())).append("\n");
		List<String> hinges = hinges(r);
		if (!hinges.isEmpty()) {
			out.append("\n## What the items that are not stable hinge on\n\n");
			hinges.forEach(h -> out.append("- ").append(h).append("\n"));
		}
		out.append("\n## Inputs varied\n\n| Input | Stated | Drawn from |\n|---|---|---|\n");
		r.inputs().forEach(i -> out.append("| ").append(i.input()).append(" | ").append(i.stated()).append(" | ")
			.append(i.drawn()).append(" |\n"));
		out.append("\n## Held fixed\n\n");
		r.heldFixed().forEach(h -> out.append("- ").append(h).append("\n"));
		return out.toString();
	}

	static String heading(RobustnessResult r) {
		return "Robustness of " + r.scenario() + ": " + String.format(Locale.ROOT, "%,d", r.samples()) + " samples, seed "
				+ r.seed() + " (" + r.varied().stream().map(Uncertainty::id).collect(Collectors.joining(", ")) + " varied)";
	}

	static String labelRule(RobustnessResult r) {
		return "Stable: at least " + Numbers.percent(r.labels().stable()) + " of samples keep the stated outcome; fragile: under "
				+ Numbers.percent(r.labels().fragile()) + "; contested: between.";
	}

	static String tau(TauDistribution tau, int samples) {
		return "Ranking against the stated one: Kendall's tau mean " + two(tau.mean()) + ", median " + two(tau.median())
				+ ", 90% of samples between " + two(tau.p05()) + " and " + two(tau.p95()) + "; "
				+ Numbers.percent(tau.shareIdentical()) + " of samples give exactly the stated ranking.";
	}

	/** For each item that is not stable, the input that moves it most, and where its outcome changes. */
	static List<String> hinges(RobustnessResult r) {
		return r.items().stream().filter(i -> i.label() != Label.STABLE).map(item -> {
			var tornado = r.tornado(item.id());
			String lead = item.name() + " (" + item.label().id() + ", keeps " + label(item.baselineOutcome()) + " in "
					+ Numbers.percent(item.baselineShare()) + " of samples): ";
			if (tornado == null || tornado.bars().isEmpty()) {
				return lead + "no single input moves it; only inputs varying together do";
			}
			TornadoBar bar = tornado.bars().get(0);
			String ends = bar.input() + " — at " + bar.lowLabel() + " " + label(bar.low().outcome()) + " (rank "
					+ bar.low().rank() + "), at " + bar.highLabel() + " " + label(bar.high().outcome()) + " (rank "
					+ bar.high().rank() + ")";
			// bars that change the outcome come first: if the first does not, none does
			return lead + (bar.outcomeChanges() ? ends
					: "no single input changes its outcome, only inputs varying together; it moves most with " + ends);
		}).toList();
	}

	private static String others(ItemRobustness item) {
		return item.outcomes().stream().filter(o -> !o.outcome().equals(item.baselineOutcome()))
			.map(o -> label(o.outcome()) + " " + Numbers.percent(o.share())).collect(Collectors.joining(", "));
	}

	private static String ranks(ItemRobustness item) {
		return item.rankLow() == item.rankHigh() ? String.valueOf(item.rankLow()) : item.rankLow() + "–" + item.rankHigh();
	}

	private static String label(String outcome) {
		Outcome o = Outcome.fromId(outcome);
		return o == null ? outcome : o.label();
	}

	private static String two(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String cut(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
