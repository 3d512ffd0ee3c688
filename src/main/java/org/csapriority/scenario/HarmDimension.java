package org.csapriority.scenario;

public record HarmDimension(String id, String label, Integer min, Integer max, Double weight) {
}
