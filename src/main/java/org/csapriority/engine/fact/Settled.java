package org.csapriority.engine.fact;

/**
 * A candidate's outcome once the policy's precedence has settled it. {@code covered} is true when the
 * agreement holds the candidate: adopted in its own right, or within an adopted host.
 */
public record Settled(String candidateId, Outcome outcome, boolean covered) {
}
