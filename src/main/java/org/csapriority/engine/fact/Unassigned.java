package org.csapriority.engine.fact;

/** An adopted area that no strategic aim lists. */
public record Unassigned(String candidateId) {
}
