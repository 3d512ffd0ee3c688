package org.csapriority.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded assessment run: who ran what, when, with which scenario (its merged content, imports
 * included), which what-if changes, which rule files and policy, which engine, and the full result as the
 * JSON {@code csa assess --format json} prints. {@code randomSeed} and {@code samples} are set by runs that
 * sample.
 */
public record RunRecord(long seq, String runId, Instant recordedAt, String recordedBy, String origin,
		String scenarioName, String scenarioContent, String scenarioSha256, Map<String, String> scenarioFiles,
		String changes, Map<String, String> ruleFiles, String policy, String engineVersion, Long randomSeed,
		Integer samples, String result, String resultSha256, String prevHash, String recordHash) {

	public RunRecord {
		scenarioFiles = Map.copyOf(scenarioFiles);
		ruleFiles = Map.copyOf(ruleFiles);
	}

	public boolean hasChanges() {
		return changes != null && !changes.isBlank() && !changes.strip().equals("[]");
	}
}
