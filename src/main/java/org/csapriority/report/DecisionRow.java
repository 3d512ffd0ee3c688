package org.csapriority.report;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One decision the partnership recorded on an item, beside what the engine recommended. Scrutiny asks why a
 * recommendation was not followed, so a departure carries its rationale, the body that decided and when.
 *
 * @param item the item's id, as in the assessment's recommendations
 * @param itemName the item's name as the decision recorded it
 * @param engineOutcome the engine's outcome for the item (an outcome id such as priority, or its label)
 * @param adoptedOutcome what the partnership adopted
 * @param rationale why
 * @param decidingBody who decided, such as the working group or the partnership's board
 * @param decidedOn the date of the decision
 * @param recordedBy who recorded it
 */
public record DecisionRow(String item, String itemName, String engineOutcome, String adoptedOutcome, String rationale,
		String decidingBody, LocalDate decidedOn, String recordedBy) {

	/** The partnership adopted something other than the engine's outcome. */
	public boolean departs() {
		return !normal(engineOutcome).equals(normal(adoptedOutcome));
	}

	private static String normal(String outcome) {
		return outcome == null ? "" : outcome.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
	}
}
