package org.csapriority.scenario;

public record Observation(String period, Double value) {
}
