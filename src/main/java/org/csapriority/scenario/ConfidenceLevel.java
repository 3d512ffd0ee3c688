package org.csapriority.scenario;

import java.util.List;

/**
 * Confidence in a score. {@code spread} is the plausible error in scale points and {@code distribution}
 * the shape robustness runs draw that error from: for {@code normal} the spread is the standard deviation,
 * for {@code uniform} and {@code triangular} the half-width.
 */
public record ConfidenceLevel(String id, String label, Double spread, String distribution) {

	public static final List<String> DISTRIBUTIONS = List.of("normal", "uniform", "triangular");
}
