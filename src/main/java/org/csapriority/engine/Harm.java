package org.csapriority.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.engine.fact.HarmAssessment;
import org.csapriority.scenario.HarmDimension;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.PositionGrade;
import org.csapriority.scenario.RankedElement;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScoreBand;
import org.csapriority.scenario.ScoringScheme;
import org.csapriority.scenario.ThreatRiskHarm;

/**
 * A candidate's threat/risk/harm position on a 0-1 scale: from scores under the scheme (MoRiLE-style
 * product of harm, likelihood and organisational position), or from a published rank order.
 */
final class Harm {

	private Harm() {
	}

	static Optional<HarmAssessment> of(Candidate candidate, Scenario scenario) {
		ThreatRiskHarm trh = scenario.threatRiskHarm();
		if (trh == null) {
			return Optional.empty();
		}
		Optional<HarmAssessment> scored = scored(candidate, trh, scenario.scoringScheme());
		return scored.isPresent() ? scored : ranked(candidate, trh);
	}

	private static Optional<HarmAssessment> scored(Candidate candidate, ThreatRiskHarm trh, ScoringScheme scheme) {
		return trh.scored().stream()
			.filter(score -> candidate.issues().contains(score.issue()))
			.map(score -> assess(candidate, score, scheme, trh))
			.max(Comparator.comparingDouble(HarmAssessment::score));
	}

	/** The normalised MoRiLE-style priority score of one set of scores. */
	static double normalisedScore(HarmScore score, ScoringScheme scheme) {
		double harm = 0;
		double maxHarm = 0;
		for (HarmDimension dimension : scheme.harmDimensions()) {
			harm += dimension.weight() * score.harm().getOrDefault(dimension.id(), dimension.min());
			maxHarm += dimension.weight() * dimension.max();
		}
		double multiplier = scheme.organisationalPositions().stream()
			.filter(grade -> grade.id().equals(score.organisationalPosition()))
			.mapToDouble(PositionGrade::multiplier).findFirst().orElse(1.0);
		double maxMultiplier = scheme.organisationalPositions().stream()
			.mapToDouble(PositionGrade::multiplier).max().orElse(1.0);
		double max = maxHarm * scheme.likelihood().max() * maxMultiplier;
		return max == 0 ? 0 : harm * score.likelihood() * multiplier / max;
	}

	private static HarmAssessment assess(Candidate candidate, HarmScore score, ScoringScheme scheme, ThreatRiskHarm trh) {
		double value = normalisedScore(score, scheme);
		String band = scheme.bands().stream()
			.sorted(Comparator.comparingDouble(ScoreBand::minScore).reversed())
			.filter(b -> value >= b.minScore())
			.map(ScoreBand::label).findFirst().orElse("unbanded");
		String detail = "scored " + String.format("%.2f", value) + " (" + band + ") under " + scheme.name()

				+ ": harm " + dimensions(score, scheme) + ", likelihood " + score.likelihood() + ", organisational position "
				+ score.organisationalPosition() + ", confidence " + score.confidence();
		return new HarmAssessment(candidate.id(), value, band, score.confidence(), "scored", detail,
				List.of(new Evidence("trh-" + score.issue(), "threat/risk/harm score", detail, score.source(),
						trh.period(), trh.geography())));
	}

	private static String dimensions(HarmScore score, ScoringScheme scheme) {
		StringBuilder text = new StringBuilder();
		for (HarmDimension dimension : scheme.harmDimensions()) {
			Integer value = score.harm().get(dimension.id());
			if (value != null) {
				text.append(text.isEmpty() ? "" : ", ").append(dimension.id()).append(' ').append(value);
			}
		}
		return "(" + text + ")";
	}

	private static Optional<HarmAssessment> ranked(Candidate candidate, ThreatRiskHarm trh) {
		List<RankedElement> mine = trh.ranked().stream()
			.filter(element -> candidate.issues().contains(element.issue()))
			.sorted(Comparator.comparingInt(RankedElement::rank))
			.toList();
		if (mine.isEmpty()) {
			return Optional.empty();
		}
		int assessed = trh.assessedElements() == null ? trh.ranked().size() : trh.assessedElements();
		RankedElement best = mine.get(0);
		double value = (assessed - best.rank() + 1) / (double) assessed;
		String detail = "ranked " + best.rank() + " of " + assessed + " elements assessed (" + best.element() + ")"
				+ (mine.size() > 1 ? "; also " + mine.subList(1, mine.size()).stream()
					.map(e -> e.element() + " " + e.rank()).toList() : "")
				+ (trh.reading() == null ? "" : ", reading the published table " + trh.reading());
		List<Evidence> evidence = mine.stream()
			.map(e -> new Evidence("trh-rank-" + e.rank(), "threat/risk/harm rank", e.rank() + ". " + e.element(),
					e.source(), trh.period(), trh.geography()))
			.toList();
		return Optional.of(new HarmAssessment(candidate.id(), value, "rank " + best.rank(), null, "ranked", detail,
				evidence));
	}
}
