package org.csapriority.engine.fact;

public record SupportingArea(String aimId, String candidateId) {
}
