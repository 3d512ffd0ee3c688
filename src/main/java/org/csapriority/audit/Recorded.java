package org.csapriority.audit;

import org.csapriority.engine.Assessment;

/**
 * An assessment and what became of its record: the run's record, or why it was not recorded. The
 * assessment answers either way; a caller shows it marked as not recorded.
 */
public record Recorded(Assessment assessment, RunRecord record, String notRecordedReason) {

	public boolean recorded() {
		return record != null;
	}
}
