package org.csapriority.scenario;

public record ScaleDefinition(String label, Integer min, Integer max) {
}
