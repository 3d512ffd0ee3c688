package org.csapriority.engine.fact;

import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;

/**
 * A statutory duty bearing on a candidate, as it stands on the day the agreement takes effect.
 * {@code continuesDutyInForce} marks an upcoming duty that replaces one already in force.
 */
public record DutyLink(String candidateId, String dutyId, String citation, DutyBearer bearer, DutyEffect effect,
		boolean inForce, boolean continuesDutyInForce, String detail, Evidence evidence) {
}
