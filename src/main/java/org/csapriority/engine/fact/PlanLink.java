package org.csapriority.engine.fact;

public record PlanLink(String candidateId, String priorityId, String detail, Evidence evidence) {
}
