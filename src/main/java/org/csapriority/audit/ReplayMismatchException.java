package org.csapriority.audit;

/** A recorded run that no longer replays to its stored result, asked for something only that result can answer. */
public class ReplayMismatchException extends RuntimeException {

	public ReplayMismatchException(String message) {
		super(message);
	}
}
