package org.csapriority.scenario;

/** A band of the normalised (0 to 1) priority score: the band applies from {@code minScore} upwards. */
public record ScoreBand(String id, String label, Double minScore) {
}
