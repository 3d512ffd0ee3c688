package org.csapriority.engine.fact;

public record StrategicAim(String id, String name) {
}
