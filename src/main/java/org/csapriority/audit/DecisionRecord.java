package org.csapriority.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The outcome the working group or the partnership adopted for one item of a recorded run, beside the
 * outcome the engine recommended. Where the two differ the rationale, the deciding body and the date say
 * on what grounds the partnership departed from the analysis.
 */
public record DecisionRecord(long seq, String decisionId, String runId, String itemId, String itemName,
		String engineOutcome, String adoptedOutcome, String rationale, String decidingBody, LocalDate decidedOn,
		Instant recordedAt, String recordedBy, String prevHash, String recordHash) {

	public boolean departs() {
		return !engineOutcome.equals(adoptedOutcome);
	}
}
