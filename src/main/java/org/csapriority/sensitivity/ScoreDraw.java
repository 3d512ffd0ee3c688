package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

import org.csapriority.scenario.ConfidenceLevel;
import org.csapriority.scenario.HarmDimension;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.ScoringScheme;
import org.csapriority.scenario.ThreatRiskHarm;

/**
 * Draws threat/risk/harm scale points around their stated values: each harm dimension and the likelihood
 * of a score gets its own error from the distribution of the score's confidence level, is rounded to the
 * nearest scale point and kept on the scale. A spread of 0 leaves a score as stated.
 */
final class ScoreDraw {

	/** The one-at-a-time tornado moves a score to these quantiles of its error. */
	static final double LOW_QUANTILE = 0.05;

	static final double HIGH_QUANTILE = 0.95;

	private final ThreatRiskHarm stated;

	private final ScoringScheme scheme;

	/** One error distribution per score, in the order of {@code stated.scored()}; null for no error. */
	private final List<ContinuousDistribution> errors = new ArrayList<>();

	private final List<ConfidenceLevel> levels = new ArrayList<>();

	/** {@code where} names the scenario in messages about its scores. */
	ScoreDraw(ThreatRiskHarm stated, ScoringScheme scheme, String where) {
		this.stated = stated;
		this.scheme = scheme;
		List<InputProblem> problems = new ArrayList<>();
		for (HarmScore score : stated == null ? List.<HarmScore>of() : stated.scored()) {
			ConfidenceLevel level = scheme.confidenceLevels().stream().filter(c -> c.id().equals(score.confidence()))
				.findFirst().orElse(null);
			String field = "scoringScheme.confidenceLevels[" + score.confidence() + "]";
			if (level == null) {
				problems.add(new InputProblem(where, 0, "threatRiskHarm.scored[" + score.issue() + "].confidence", "'"
						+ score.confidence() + "' is not a confidence level of " + scheme.id() + " "
						+ scheme.confidenceLevels().stream().map(ConfidenceLevel::id).toList()));
			}
			else if (level.spread() == null || level.distribution() == null) {
				problems.add(new InputProblem(where, 0, field + (level.spread() == null ? ".spread" : ".distribution"),
						"missing in scoring scheme " + scheme.id() + ": a robustness run draws the scores of '"
								+ score.issue() + "' from it (spread in scale points, distribution one of "
								+ ConfidenceLevel.DISTRIBUTIONS + ")"));
			}
			levels.add(level);
			boolean drawable = level != null && level.spread() != null && level.distribution() != null;
			errors.add(!drawable || level.spread() == 0 ? null : error(level));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static ContinuousDistribution error(ConfidenceLevel level) {
		double s = level.spread();
		return switch (level.distribution()) {
			case "normal" -> NormalDistribution.of(0, s);
			case "uniform" -> UniformContinuousDistribution.of(-s, s);
			case "triangular" -> TriangularDistribution.of(-s, 0, s);
			default -> throw new InvalidInputException(new InputProblem(null, 0,
					"scoringScheme.confidenceLevels[" + level.id() + "].distribution", "'" + level.distribution()
							+ "' is not one of " + ConfidenceLevel.DISTRIBUTIONS));
		};
	}

	boolean varies() {
		return errors.stream().anyMatch(e -> e != null);
	}

	List<HarmScore> scores() {
		return stated.scored();
	}

	ThreatRiskHarm draw(UniformRandomProvider rng) {
		List<HarmScore> drawn = new ArrayList<>(stated.scored().size());
		for (int i = 0; i < stated.scored().size(); i++) {
			ContinuousDistribution error = errors.get(i);
			HarmScore score = stated.scored().get(i);
			if (error == null) {
				drawn.add(score);
				continue;
			}
			Map<String, Integer> harm = new LinkedHashMap<>();
			for (HarmDimension dimension : scheme.harmDimensions()) {
				Integer value = score.harm().get(dimension.id());
				if (value != null) {
					harm.put(dimension.id(), point(value + error.inverseCumulativeProbability(rng.nextDouble()),
							dimension.min(), dimension.max()));
				}
			}
			int likelihood = point(score.likelihood() + error.inverseCumulativeProbability(rng.nextDouble()),
					scheme.likelihood().min(), scheme.likelihood().max());
			drawn.add(new HarmScore(score.issue(), harm, likelihood, score.organisationalPosition(), score.confidence(),
					score.source()));
		}
		return with(drawn);
	}

	/** Every point of score {@code index} moved by the error's quantile {@code q}, the other scores as stated. */
	ThreatRiskHarm shifted(int index, double q) {
		List<HarmScore> scores = new ArrayList<>(stated.scored());
		HarmScore score = scores.get(index);
		double shift = errors.get(index).inverseCumulativeProbability(q);
		Map<String, Integer> harm = new LinkedHashMap<>();
		for (HarmDimension dimension : scheme.harmDimensions()) {
			Integer value = score.harm().get(dimension.id());
			if (value != null) {
				harm.put(dimension.id(), point(value + shift, dimension.min(), dimension.max()));
			}
		}
		scores.set(index, new HarmScore(score.issue(), harm, point(score.likelihood() + shift, scheme.likelihood().min(),
				scheme.likelihood().max()), score.organisationalPosition(), score.confidence(), score.source()));
		return with(scores);
	}

	boolean varies(int index) {
		return errors.get(index) != null;
	}

	double quantile(int index, double q) {
		return errors.get(index).inverseCumulativeProbability(q);
	}

	String described(int index) {
		ConfidenceLevel level = levels.get(index);
		String shape = "normal".equals(level.distribution()) ? "normal error, standard deviation " + Numbers.plain(level.spread())
				: level.distribution() + " error within ±" + Numbers.plain(level.spread());
		return shape + " (" + level.id() + " confidence) on each scale point, rounded to the scale";
	}

	private ThreatRiskHarm with(List<HarmScore> scores) {
		return new ThreatRiskHarm(stated.scheme(), stated.period(), stated.geography(), stated.assessedElements(),
				stated.reading(), stated.readingRationale(), stated.source(), stated.ranked(), scores);
	}

	private static int point(double value, int min, int max) {
		return (int) Math.max(min, Math.min(max, Math.round(value)));
	}
}
