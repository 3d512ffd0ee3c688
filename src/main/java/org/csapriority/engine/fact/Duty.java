package org.csapriority.engine.fact;

import java.util.List;

import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;
import org.csapriority.scenario.ProcessCheck;

/** A statutory duty as it stands on the day the agreement takes effect, for the compliance check. */
public record Duty(String id, String citation, String requirement, DutyBearer bearer, DutyEffect effect,
		DutyStatus status, ProcessCheck checks, List<String> issues, Evidence evidence) {

	public boolean inForce() {
		return status == DutyStatus.IN_FORCE;
	}

	/** In force, or about to replace a duty in force: either way the partnership must meet it now. */
	public boolean binding() {
		return status != DutyStatus.UPCOMING;
	}
}
