package org.csapriority.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty in law. It is in force for an agreement when {@code inForceFrom} is on or before the day the
 * agreement takes effect; without a date it is upcoming. A duty announced after that day is not yet
 * known to the partnership and is left out. {@code succeeds} names the duty it replaces, so that a
 * transition (reviews of domestic homicides becoming reviews of domestic-abuse-related deaths) reads
 * as the continuing duty it is. A process duty ({@code effect: process}) names in {@code checks} what
 * the engine can verify of it from the evidence.
 */
public record StatutoryDuty(String id, String legislation, String section, String requirement, DutyBearer bearer,
		DutyEffect effect, LocalDate announced, LocalDate inForceFrom, String succeeds, List<String> issues,
		ProcessCheck checks, Source source) {

	public StatutoryDuty {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}

	public String citation() {
		return section == null || section.isBlank() ? legislation : legislation + " " + section;
	}

	public boolean knownOn(LocalDate day) {
		return announced == null || !announced.isAfter(day);
	}

	public boolean inForceOn(LocalDate day) {
		return inForceFrom != null && !inForceFrom.isAfter(day);
	}
}
