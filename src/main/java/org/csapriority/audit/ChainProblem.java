package org.csapriority.audit;

/**
 * One break in the audit trail: a record that was edited (its content no longer matches its hash), deleted
 * (a gap in the chain), reordered (chained after another record than the one before it), or a stored rule
 * file that is missing or changed.
 */
public record ChainProblem(long seq, String recordId, Kind kind, String message) {

	public enum Kind {
		EDITED, DELETED, REORDERED, RULE_FILE
	}

	@Override
	public String toString() {
		return message;
	}
}
