package org.csapriority.engine.fact;

/**
 * What last year's agreement made of this candidate (matched by id, or by a shared issue). {@code whole}
 * says the candidate continues all of last year's item; a part split off from it does not inherit its
 * place, and it is not put to review when the rest of the item continues elsewhere.
 */
public record PreviousStatus(String candidateId, String previousId, String previousName, Outcome form, boolean whole,
		Evidence evidence) {
}
