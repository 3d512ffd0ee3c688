package org.csapriority.engine.fact;

public record CountyLead(String candidateId, String body, String role, String detail, Evidence evidence) {
}
