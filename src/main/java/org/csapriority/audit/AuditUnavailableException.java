package org.csapriority.audit;

/** The audit database cannot be reached, opened, migrated or written. The message says which and why. */
public class AuditUnavailableException extends RuntimeException {

	public AuditUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
