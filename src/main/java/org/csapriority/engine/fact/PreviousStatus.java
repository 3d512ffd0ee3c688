package org.csapriority.engine.fact;

/** What last year's agreement made of this candidate (matched by id, or by a shared issue). */
public record PreviousStatus(String candidateId, String previousId, String previousName, Outcome form,
		Evidence evidence) {
}
