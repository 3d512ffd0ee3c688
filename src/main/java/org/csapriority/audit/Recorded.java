package org.csapriority.audit;

import org.csapriority.engine.Assessment;
import org.csapriority.sensitivity.RobustnessResult;

/**
 * An assessment and what became of its record: the run's record, or why it was not recorded. The
 * assessment answers either way; a caller shows it marked as not recorded. A robustness run also carries its
 * figures (null otherwise).
 */
public record Recorded(Assessment assessment, RunRecord record, String notRecordedReason, RobustnessResult robustness) {

	public Recorded(Assessment assessment, RunRecord record, String notRecordedReason) {
		this(assessment, record, notRecordedReason, null);
	}

	public boolean recorded() {
		return record != null;
	}
}
