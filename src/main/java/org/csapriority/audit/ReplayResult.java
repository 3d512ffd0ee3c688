package org.csapriority.audit;

import java.util.List;

/**
 * A recorded run re-run with its stored scenario, changes and rules. Identical means the whole result JSON is
 * the same, byte for byte; otherwise the differences are listed item by item.
 */
public record ReplayResult(String runId, String recordedEngine, String replayEngine, String recordedResultSha256,
		String replayedResultSha256, List<ReplayDifference> differences) {

	public ReplayResult {
		differences = List.copyOf(differences);
	}

	public boolean identical() {
		return recordedResultSha256.equals(replayedResultSha256);
	}
}
