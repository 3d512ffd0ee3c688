package org.csapriority.audit;

import java.time.Instant;

/** A run as the list of runs shows it. */
public record RunSummary(long seq, String runId, Instant recordedAt, String recordedBy, String origin,
		String scenarioName, String scenarioSha256, boolean whatIf, String engineVersion, int decisions) {
}
