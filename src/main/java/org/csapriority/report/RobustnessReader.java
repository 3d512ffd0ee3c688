package org.csapriority.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.fact.Outcome;
import org.csapriority.report.Robustness.Bar;
import org.csapriority.report.Robustness.OutcomeKey;
import org.csapriority.report.Robustness.OutcomeShareView;
import org.csapriority.report.Robustness.RobustItem;
import org.csapriority.report.Robustness.Shift;
import org.csapriority.report.Robustness.Tau;
import org.csapriority.report.Robustness.TauBin;
import org.csapriority.report.Robustness.TornadoView;
import org.csapriority.report.Robustness.VariedInput;

/**
 * Reads the {@code robustness} object a robustness run adds to the stored result, leniently, as the rest of the
 * report reads the assessment: a field the run did not write is empty, never an exception.
 */
final class RobustnessReader {

	private static final String STABLE = "stable";

	/** The items the "what this means" paragraph names one by one before it sends the reader to the table. */
	private static final int NAMED = 3;

	private final JsonNode r;

	private final boolean hasLabels;

	private final double stable;

	private final double fragile;

	private RobustnessReader(JsonNode robustness) {
		this.r = robustness;
		JsonNode labels = robustness.path("labels");
		this.hasLabels = labels.isObject() && labels.path("stable").isNumber() && labels.path("fragile").isNumber();
		this.stable = Json.number(labels, "stable");
		this.fragile = Json.number(labels, "fragile");
	}

	/** The section, or null when the result has no robustness object. */
	static Robustness read(JsonNode result) {
		JsonNode robustness = result == null ? null : result.get("robustness");
		if (robustness == null || !robustness.isObject()) {
			return null;
		}
		return new RobustnessReader(robustness).build();
	}

	private Robustness build() {
		int samples = (int) Json.number(r, "samples");
		List<RobustItem> items = items();
		int ranks = items.size();
		for (RobustItem item : items) {
			ranks = Math.max(ranks, item.rankAcceptability().size());
		}
		List<TornadoView> tornadoes = tornadoes(items);
		List<TornadoView> closer = tornadoes.stream()
			.filter(t -> !STABLE.equals(t.label()) && !t.bars().isEmpty())
			.sorted(Comparator.comparingDouble(t -> share(items, t.item())))
			.toList();
		int firstChoice = closer.isEmpty() ? 0 : closer.get(0).index();
		int matching = (int) Json.number(r, "samplesMatchingBaseline");
		String matchingText = samples > 0 ? Fmt.share((double) matching / samples) : "";
		Tau tau = tau();
		String samplesText = Fmt.count(samples);
		return new Robustness(r.path("seed").asLong(), samples, samplesText,
				Json.texts(r, "varied").stream().map(Labels::uncertainty).toList(), inputs(),
				Json.texts(r, "heldFixed"), stable, fragile, labelRule(), items, outcomes(items), ranks, tau, tornadoes,
				closer, firstChoice, matching, matchingText,
				meaning(items, tornadoes, tau, samplesText, matchingText));
	}

	private List<VariedInput> inputs() {
		return Json.list(r, "inputs").stream()
			.map(i -> new VariedInput(Labels.uncertaintyKind(Json.text(i, "source")), Json.text(i, "input"),
					Json.text(i, "stated"), Json.text(i, "drawn")))
			.toList();
	}

	private String labelRule() {
		if (!hasLabels) {
			return "The run recorded no thresholds for its labels; each item's label is the one the run gave it.";
		}
		return "Stable: at least " + Fmt.threshold(stable) + " of samples keep the stated outcome; fragile: under "
				+ Fmt.threshold(fragile) + "; contested: in between.";
	}

	/** A share printed so that it reads on the same side of the label thresholds as it is. */
	private String shareText(double share) {
		return hasLabels ? Fmt.share(share, stable, fragile) : Fmt.share(share);
	}

	/** The items in the stated ranking's order. */
	private List<RobustItem> items() {
		List<RobustItem> items = new ArrayList<>();
		for (JsonNode i : Json.list(r, "items")) {
			List<OutcomeShareView> outcomes = Json.list(i, "outcomes").stream().map(o -> {
				String id = Json.text(o, "outcome");
				double share = Json.number(o, "share");
				return new OutcomeShareView(id, Labels.outcome(id), share, shareText(share));
			}).toList();
			List<Double> ranks = Json.list(i, "rankAcceptability").stream().map(JsonNode::asDouble).toList();
			String outcome = Json.text(i, "baselineOutcome");
			double share = Json.number(i, "baselineShare");
			items.add(new RobustItem(Json.text(i, "id"), Json.text(i, "name"), outcome, Labels.outcome(outcome),
					(int) Json.number(i, "baselineRank"), Json.number(i, "baselineScore"), share, shareText(share),
					Json.text(i, "label"), outcomes, ranks, Json.number(i, "meanRank"), (int) Json.number(i, "rankLow"),
					(int) Json.number(i, "rankHigh")));
		}
		items.sort(Comparator.comparingInt(i -> i.rank() > 0 ? i.rank() : Integer.MAX_VALUE));
		return items;
	}

	/** Every outcome some sample gave, strongest first as the engine orders them; one it does not know comes last. */
	private static List<OutcomeKey> outcomes(List<RobustItem> items) {
		Map<String, String> seen = new LinkedHashMap<>();
		items.forEach(i -> i.outcomes().forEach(o -> seen.putIfAbsent(o.outcome(), o.label())));
		return seen.entrySet().stream()
			.sorted(Comparator.comparingInt(e -> {
				Outcome known = Outcome.fromId(e.getKey());
				return known == null ? Integer.MAX_VALUE : known.ordinal();
			}))
			.map(e -> new OutcomeKey(e.getKey(), e.getValue()))
			.toList();
	}

	private Tau tau() {
		JsonNode t = r.get("kendallTau");
		if (t == null || !t.isObject()) {
			return null;
		}
		List<TauBin> bins = Json.list(t, "histogram").stream().map(b -> {
			double from = Json.number(b, "from");
			double to = Json.number(b, "to");
			double share = Json.number(b, "share");
			return new TauBin(from, to, share, Fmt.two(from) + "–" + Fmt.two(to), Fmt.share(share));
		}).toList();
		double identical = Json.number(t, "shareIdentical");
		return new Tau(Json.number(t, "mean"), Json.number(t, "median"), Json.number(t, "p05"), Json.number(t, "p95"),
				Json.number(t, "min"), Json.number(t, "max"), identical, Fmt.share(identical), bins);
	}

	private List<TornadoView> tornadoes(List<RobustItem> items) {
		Map<String, JsonNode> byItem = new LinkedHashMap<>();
		Json.list(r, "tornado").forEach(t -> byItem.putIfAbsent(Json.text(t, "item"), t));
		List<TornadoView> views = new ArrayList<>();
		for (RobustItem item : items) {
			JsonNode t = byItem.get(item.id());
			if (t == null) {
				continue;
			}
			List<Bar> all = new ArrayList<>(Json.list(t, "bars").stream().map(RobustnessReader::bar).toList());
			all.sort(Comparator.comparingDouble(Bar::swing).reversed());
			List<Bar> moving = all.stream().filter(b -> b.swing() > 0 || b.outcomeChanges()).toList();
			List<Bar> shown = moving.subList(0, Math.min(Robustness.BARS, moving.size()));
			Bar hinge = shown.stream().filter(Bar::outcomeChanges).findFirst().orElse(shown.isEmpty() ? null : shown.get(0));
			views.add(new TornadoView(views.size(), item.id(), item.name(), item.label(), item.shareText(), item.outcome(),
					item.outcomeLabel(), item.rank(), item.score(), List.copyOf(shown), moving.size() - shown.size(),
					all.size() - moving.size(), hinge == null ? "" : hinge(hinge)));
		}
		return views;
	}

	private static Bar bar(JsonNode b) {
		return new Bar(Json.text(b, "input"), Json.text(b, "lowLabel"), Json.text(b, "highLabel"), shift(b.path("low")),
				shift(b.path("high")), Json.number(b, "swing"), b.path("outcomeChanges").asBoolean(false));
	}

	private static Shift shift(JsonNode s) {
		String outcome = Json.text(s, "outcome");
		return new Shift(outcome, Labels.outcome(outcome), (int) Json.number(s, "rank"), Json.number(s, "score"));
	}

	/** "weights.threat-risk-harm (0.15: rank 11, cross-cutting theme; 0.25: rank 7, priority)" */
	private static String hinge(Bar bar) {
		return bar.input() + " (" + bar.lowLabel() + ": rank " + bar.low().rank() + ", " + bar.low().outcomeLabel() + "; "
				+ bar.highLabel() + ": rank " + bar.high().rank() + ", " + bar.high().outcomeLabel() + ")";
	}

	private static double share(List<RobustItem> items, String id) {
		return items.stream().filter(i -> i.id().equals(id)).mapToDouble(RobustItem::share).findFirst().orElse(1);
	}

	/**
	 * A few short paragraphs a committee member can read without help, made from the figures alone: how many items
	 * are stable, which are not and what each hinges on, and how far the ranking as a whole moves.
	 */
	private List<String> meaning(List<RobustItem> items, List<TornadoView> tornadoes, Tau tau, String samplesText,
			String matchingText) {
		List<String> paragraphs = new ArrayList<>();
		if (items.isEmpty()) {
			paragraphs.add("The run reported no items.");
			return paragraphs;
		}
		Map<String, String> hinges = new LinkedHashMap<>();
		tornadoes.forEach(t -> hinges.put(t.item(), t.hinge()));
		paragraphs.add(counts(items, samplesText));
		List<String> about = new ArrayList<>();

		List<RobustItem> shaky = items.stream()
			.filter(i -> !STABLE.equals(i.label()))
			.sorted(Comparator.comparingDouble(RobustItem::share))
			.toList();
		RobustItem best = items.stream()
			.filter(i -> STABLE.equals(i.label()))
			.max(Comparator.comparingDouble(RobustItem::share).thenComparing(Comparator.comparingInt(RobustItem::rank).reversed()))
			.orElse(null);
		if (shaky.isEmpty()) {
			RobustItem least = items.stream().min(Comparator.comparingDouble(RobustItem::share)).orElseThrow();
			String hinge = hinges.getOrDefault(least.id(), "");
			about.add("The least certain is " + least.name() + " (" + least.outcomeLabel() + "), which keeps its outcome in "
					+ least.shareText() + " of plausible worlds" + (hinge.isEmpty() ? "." : "; it hinges most on " + hinge + "."));
		}
		else {
			for (int n = 0; n < Math.min(NAMED, shaky.size()); n++) {
				RobustItem item = shaky.get(n);
				String hinge = hinges.getOrDefault(item.id(), "");
				String start = n == 0 && best != null
						? best.name() + " keeps its stated outcome (" + best.outcomeLabel() + ") in " + best.shareText()
								+ " of plausible worlds; " + item.name() + " (" + item.outcomeLabel() + ") in only " + item.shareText()
						: item.name() + " keeps its stated outcome (" + item.outcomeLabel() + ") in only " + item.shareText()
								+ " of plausible worlds";
				about.add(start + " — " + (hinge.isEmpty()
						? "no single input moves it on its own; it turns on several together."
						: "it hinges most on " + hinge + "."));
			}
			if (shaky.size() > NAMED) {
				int more = shaky.size() - NAMED;
				about.add(more + (more == 1 ? " more item is" : " more items are")
						+ " contested or fragile; the table below gives each.");
			}
		}
		paragraphs.add(String.join(" ", about));
		if (tau != null) {
			paragraphs.add("Across the whole ranking, Kendall's τ between each sample's order and the stated one "
					+ "(1 is the same order, 0 no relation) has a median of " + Fmt.two(tau.median()) + " and lies between "
					+ Fmt.two(tau.p05()) + " and " + Fmt.two(tau.p95()) + " in 90% of samples; " + tau.shareIdenticalText()
					+ " of samples give exactly the stated order, and " + matchingText + " every stated outcome and rank.");
		}
		else if (!matchingText.isEmpty()) {
			paragraphs.add(Labels.capitalised(matchingText) + " of samples give every stated outcome and rank.");
		}
		return paragraphs;
	}

	private String counts(List<RobustItem> items, String samplesText) {
		int n = items.size();
		Map<String, Long> byLabel = new LinkedHashMap<>();
		for (String label : List.of(STABLE, "contested", "fragile")) {
			long count = items.stream().filter(i -> i.label().equals(label)).count();
			if (count > 0) {
				byLabel.put(label, count);
			}
		}
		long other = n - byLabel.values().stream().mapToLong(Long::longValue).sum();
		if (byLabel.getOrDefault(STABLE, 0L) == n) {
			return "All " + n + " items are stable: each keeps its stated outcome in "
					+ (hasLabels ? "at least " + Fmt.threshold(stable) : "most") + " of " + samplesText + " plausible worlds.";
		}
		List<String> parts = new ArrayList<>();
		byLabel.forEach((label, count) -> parts.add(count + " " + label));
		if (other > 0) {
			parts.add(other + " unlabelled");
		}
		long first = byLabel.isEmpty() ? other : byLabel.values().iterator().next();
		String verb = first == 1 ? " is " : " are ";
		String list = parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
		int space = list.indexOf(' ');
		return "Of the " + n + " items, " + list.substring(0, space) + verb + list.substring(space + 1) + ", across "
				+ samplesText + " plausible worlds drawn around the stated inputs.";
	}
}
