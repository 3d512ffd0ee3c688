package org.csapriority.audit;

/** A stored record or rule file that can no longer be read as it was written. */
public class CorruptRecordException extends RuntimeException {

	public CorruptRecordException(String message) {
		super(message);
	}
}
