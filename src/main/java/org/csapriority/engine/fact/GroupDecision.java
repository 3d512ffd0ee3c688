package org.csapriority.engine.fact;

import org.csapriority.scenario.WorkingGroupAction;

/** The working group's proposed departure from the evidence for one candidate, with its reason. */
public record GroupDecision(String candidateId, WorkingGroupAction decision, String reason, Evidence evidence) {
}
