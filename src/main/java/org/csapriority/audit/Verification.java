package org.csapriority.audit;

import java.util.List;

/** The result of checking the whole chain: how many records were read and every break found, first first. */
public record Verification(String database, int recordsChecked, long lastSeq, List<ChainProblem> problems) {

	public Verification {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return problems.isEmpty();
	}

	public ChainProblem first() {
		return problems.isEmpty() ? null : problems.get(0);
	}
}
