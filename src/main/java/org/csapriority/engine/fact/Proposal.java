package org.csapriority.engine.fact;

/**
 * A decision rule's view of what a candidate should become. {@code route} names the rule's reasoning so
 * that two rules reaching the same outcome stay two justifications.
 */
public record Proposal(String candidateId, Outcome outcome, String route, String hostId) {

	/** The route of the working group's decision to drop an item: it settles the outcome whatever else is proposed. */
	public static final String WORKING_GROUP_DROP = "working-group-drop";

	public boolean overrides() {
		return WORKING_GROUP_DROP.equals(route);
	}

	public Proposal(String candidateId, Outcome outcome, String route) {
		this(candidateId, outcome, route, null);
	}
}
