package org.csapriority.report;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.sensitivity.RobustnessResult;
import org.csapriority.sensitivity.RobustnessResult.ItemRobustness;
import org.csapriority.sensitivity.RobustnessResult.Label;
import org.csapriority.sensitivity.RobustnessResult.LabelRule;
import org.csapriority.sensitivity.RobustnessResult.OutcomeShare;
import org.csapriority.sensitivity.RobustnessResult.Shift;
import org.csapriority.sensitivity.RobustnessResult.TauBin;
import org.csapriority.sensitivity.RobustnessResult.TauDistribution;
import org.csapriority.sensitivity.RobustnessResult.Tornado;
import org.csapriority.sensitivity.RobustnessResult.TornadoBar;
import org.csapriority.sensitivity.RobustnessResult.VariedInput;
import org.csapriority.sensitivity.Uncertainty;

/**
 * A robustness run over Kent 2022/23 as a recorded run stores it: the real assessment's JSON with a
 * {@code robustness} field written from a {@link RobustnessResult} by the same serializer a record uses. The
 * figures are made up, but every item, rank, outcome and score is the real assessment's. Label thresholds are
 * 85% and 50%, not the policy's, so a report that printed the policy's would show it.
 *
 * <ul>
 * <li>VAWG keeps its outcome in 98% of samples, more than any other item: stable</li>
 * <li>Road Safety in 61%: contested, and it hinges on the threat, risk and harm weight</li>
 * <li>Quality of Life in 84.7%, just under the stable line: contested</li>
 * <li>Early Intervention in 32%: fragile, and it hinges on Canterbury's assessment</li>
 * <li>every other item in 90% to 97%: stable</li>
 * </ul>
 */
final class RobustnessFixture {

	static final String KENT = "kent-2022-23.yaml";

	static final double STABLE = 0.85;

	static final double FRAGILE = 0.5;

	static final long SEED = 20220127L;

	static final int SAMPLES = 10_000;

	private static final ObjectMapper JSON = new ObjectMapper();

	private RobustnessFixture() {
	}

	/** Kent 2022/23's assessment with the robustness run. */
	static ObjectNode result() {
		ObjectNode result = Runs.result(KENT);
		result.set("robustness", stored(robustness(result)));
		return result;
	}

	/** A robustness result as the stored JSON carries it: compact, keys sorted. */
	static JsonNode stored(RobustnessResult robustness) {
		try {
			return JSON.readTree(Formats.compactJson(robustness));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RobustnessResult robustness(JsonNode assessment) {
		List<ItemRobustness> items = new ArrayList<>();
		List<Tornado> tornadoes = new ArrayList<>();
		int n = assessment.path("recommendations").size();
		for (JsonNode r : assessment.path("recommendations")) {
			String id = r.path("id").asText();
			String outcome = r.path("outcome").asText();
			int rank = r.path("rank").asInt();
			double score = r.path("score").asDouble();
			items.add(switch (id) {
				case "vawg" -> item(r, List.of(share(outcome, 0.98), share("cross-cutting-theme", 0.02)), 0.98, Label.STABLE,
						ranks(n, rank, 0.70), 7.1, 6, 8);
				case "road-safety" -> item(r, List.of(share("priority", 0.61), share("cross-cutting-theme", 0.30),
						share("watch-list", 0.09)), 0.61, Label.CONTESTED, ranks(n, rank, 0.40), 8.9, 6, 12);
				case "quality-of-life" -> item(r, List.of(share(outcome, 0.847), share("watch-list", 0.153)), 0.847,
						Label.CONTESTED, ranks(n, rank, 0.55), 11.3, 10, 13);
				case "early-intervention" -> item(r, List.of(share(outcome, 0.32), share("watch-list", 0.55),
						share("not-prioritised", 0.13)), 0.32, Label.FRAGILE, ranks(n, rank, 0.35), 12.4, 10, 14);
				default -> {
					double keeps = 0.90 + (rank % 8) / 100.0;
					yield item(r, List.of(share(outcome, keeps), share("watch-list", 1 - keeps)), keeps, Label.STABLE,
							ranks(n, rank, 0.80), rank, Math.max(1, rank - 1), Math.min(n, rank + 1));
				}
			});
			tornadoes.add(new Tornado(id, switch (id) {
				case "road-safety" -> List.of(
						bar("weights.community-safety-plans", "0.25", "0.35", outcome, rank, score, 0, 1, 0.02, -0.02, false),
						new TornadoBar("weights.threat-risk-harm", "0.15", "0.25", new Shift("cross-cutting-theme", 11, 0.24),
								new Shift("priority", 7, 0.30), 4.06, true),
						bar("thresholds.harm.high-score", "0.45", "0.55", outcome, rank, score, -1, 0, 0.01, 0, false),
						bar("weights.crime-rates", "0.03", "0.07", outcome, rank, score, 0, 0, 0, 0, false));
				case "early-intervention" -> List.of(
						new TornadoBar("districts: Canterbury", "without Canterbury", "as stated",
								new Shift("watch-list", 14, 0.07), new Shift(outcome, rank, score), 2.03, true),
						bar("weights.horizon-scanning", "0.05", "0.09", outcome, rank, score, 0, -1, -0.01, 0.01, false));
				default -> List.of(
						bar("weights.community-safety-plans", "0.25", "0.35", outcome, rank, score, 0, 0, -0.03, 0.03, false),
						bar("districts: Dover", "without Dover", "as stated", outcome, rank, score, 1, 0, -0.02, 0, false),
						bar("weights.crime-rates", "0.03", "0.07", outcome, rank, score, 0, 0, 0, 0, false));
			}));
		}
		List<TauBin> histogram = new ArrayList<>();
		double[] shares = { 0.01, 0.02, 0.04, 0.08, 0.15, 0.25, 0.28, 0.17 };
		for (int i = 0; i < shares.length; i++) {
			histogram.add(new TauBin(0.6 + i * 0.05, 0.65 + i * 0.05, shares[i]));
		}
		return new RobustnessResult(KENT, SEED, SAMPLES, List.of(Uncertainty.values()),
				List.of(new VariedInput(Uncertainty.WEIGHTS, "weights.threat-risk-harm", "0.20", "uniform 0.15 to 0.25"),
						new VariedInput(Uncertainty.THRESHOLDS, "thresholds.harm.high-score", "0.50", "uniform 0.45 to 0.55"),
						new VariedInput(Uncertainty.SCORES, "cse likelihood", "4", "normal, sd 0.5 (confidence medium)"),
						new VariedInput(Uncertainty.DISTRICTS, "district identification", "12 districts",
								"bootstrap: 12 districts drawn with replacement")),
				List.of("MoRiLE rank order 2021-22: published as a rank with no confidence"), new LabelRule(STABLE, FRAGILE),
				items, new TauDistribution(0.91, 0.92, 0.81, 0.98, 0.62, 1.0, 0.12, histogram), tornadoes, 812);
	}

	private static ItemRobustness item(JsonNode r, List<OutcomeShare> outcomes, double keeps, Label label,
			List<Double> ranks, double meanRank, int low, int high) {
		return new ItemRobustness(r.path("id").asText(), r.path("name").asText(), r.path("outcome").asText(),
				r.path("rank").asInt(), r.path("score").asDouble(), outcomes, keeps, label, ranks, meanRank, low, high);
	}

	private static OutcomeShare share(String outcome, double share) {
		return new OutcomeShare(outcome, share);
	}

	/** {@code at} of the samples at the stated rank, the rest split between the ranks either side. */
	private static List<Double> ranks(int n, int rank, double at) {
		List<Double> shares = new ArrayList<>();
		for (int k = 1; k <= n; k++) {
			shares.add(0.0);
		}
		shares.set(rank - 1, at);
		double rest = 1 - at;
		if (rank == 1) {
			shares.set(1, rest);
		}
		else if (rank == n) {
			shares.set(n - 2, rest);
		}
		else {
			shares.set(rank - 2, rest / 2);
			shares.set(rank, rest / 2);
		}
		return shares;
	}

	/** A bar whose ends keep the item's outcome, its rank and score moved by the given amounts. */
	private static TornadoBar bar(String input, String lowLabel, String highLabel, String outcome, int rank, double score,
			int lowRanks, int highRanks, double lowScore, double highScore, boolean changes) {
		Shift low = new Shift(outcome, rank + lowRanks, Math.max(0, score + lowScore));
		Shift high = new Shift(outcome, rank + highRanks, Math.max(0, score + highScore));
		return new TornadoBar(input, lowLabel, highLabel, low, high,
				Math.abs(low.rank() - high.rank()) + Math.abs(high.score() - low.score()), changes);
	}
}
