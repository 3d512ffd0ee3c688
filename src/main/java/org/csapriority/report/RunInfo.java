package org.csapriority.report;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the audit trail recorded about one assessment run, for the report's provenance section. Every field may
 * be null when it was not recorded; a report of a run that was never recorded is given no RunInfo at all.
 *
 * @param runId the run's id in the audit trail
 * @param recordedAt when the run was recorded
 * @param recordedBy who ran it
 * @param scenarioSha256 SHA-256 of the scenario the run assessed
 * @param engineVersion the engine's version
 * @param ruleFiles each rule file (and the policy) the run compiled, by path, with its SHA-256
 * @param seed the random seed the run used, where it used one
 */
public record RunInfo(String runId, Instant recordedAt, String recordedBy, String scenarioSha256, String engineVersion,
		Map<String, String> ruleFiles, Long seed) {

	public RunInfo {
		// sorted, so two reports of the same run list the files in the same order
		ruleFiles = ruleFiles == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ruleFiles));
	}
}
