package org.csapriority.audit;

import java.util.List;

/** The result of checking the whole chain: how many records were read and every break found, first first. */
public record Verification(String database, int recordsChecked, long lastSeq, String headHash, List<ChainProblem> problems) {

	public Verification {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return problems.isEmpty();
	}

	/** The head as an anchor to keep outside the database: SEQ:HASH. */
	public String head() {
		return lastSeq + ":" + headHash;
	}

	public ChainProblem first() {
		return problems.isEmpty() ? null : problems.get(0);
	}
}
