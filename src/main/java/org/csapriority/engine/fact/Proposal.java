package org.csapriority.engine.fact;

/**
 * A decision rule's view of what a candidate should become. {@code route} names the rule's reasoning so
 * that two rules reaching the same outcome stay two justifications.
 */
public record Proposal(String candidateId, Outcome outcome, String route, String hostId) {

	public Proposal(String candidateId, Outcome outcome, String route) {
		this(candidateId, outcome, route, null);
	}
}
