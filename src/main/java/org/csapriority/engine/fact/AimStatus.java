package org.csapriority.engine.fact;

public record AimStatus(String aimId, String status) {
}
