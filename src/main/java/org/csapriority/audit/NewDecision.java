package org.csapriority.audit;

import java.time.LocalDate;

/** A decision checked against its run, before the store gives it its place in the chain. */
record NewDecision(String runId, String itemId, String itemName, String engineOutcome, String adoptedOutcome,
		String rationale, String decidingBody, LocalDate decidedOn, String recordedBy) {
}
