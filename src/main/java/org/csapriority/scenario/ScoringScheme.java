package org.csapriority.scenario;

import java.util.List;

/**
 * A MoRiLE-style scoring scheme kept as data. Harm is the weighted sum of the harm dimensions, risk is
 * harm times likelihood, and the priority score is risk times the organisational-position multiplier,
 * normalised by its largest possible value.
 */
public record ScoringScheme(String id, String name, String calibrationNote, List<HarmDimension> harmDimensions,
		ScaleDefinition likelihood, List<PositionGrade> organisationalPositions, List<ConfidenceLevel> confidenceLevels,
		List<ScoreBand> bands) {

	public ScoringScheme {
		harmDimensions = harmDimensions == null ? List.of() : List.copyOf(harmDimensions);
		organisationalPositions = organisationalPositions == null ? List.of() : List.copyOf(organisationalPositions);
		confidenceLevels = confidenceLevels == null ? List.of() : List.copyOf(confidenceLevels);
		bands = bands == null ? List.of() : List.copyOf(bands);
	}
}
