package org.csapriority.scenario;

/** Organisational position: the less able the partnership is to respond, the higher the multiplier. */
public record PositionGrade(String id, String label, Double multiplier) {
}
