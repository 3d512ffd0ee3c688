package org.csapriority.engine.fact;

public record FocusArea(String aimId, String candidateId) {
}
