package org.csapriority.engine.fact;

import java.util.List;

/** One priority of the Police and Crime Plan, to which the partnership must have regard. */
public record PlanCommitment(String priorityId, String text, String pillar, List<String> issues,
		Evidence evidence) {
}
