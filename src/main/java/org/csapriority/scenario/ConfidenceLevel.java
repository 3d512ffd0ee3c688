package org.csapriority.scenario;

/** Confidence in a score; {@code spread} is the plausible error in scale points, used by robustness runs. */
public record ConfidenceLevel(String id, String label, Double spread) {
}
