package org.csapriority.whatif;

/**
 * A duty or Police and Crime Plan priority whose compliance finding changed: {@code subject} is the
 * duty's citation or the plan priority's text, {@code before} and {@code after} the findings (null when
 * absent on that side), {@code reason} the reason after the change.
 */
public record ComplianceChange(String id, String subject, String before, String after, String reason) {

	public String describe() {
		String label = subject + (before == null ? " appears: " + after : after == null ? " is no longer assessed (was "
				+ before + ")" : " changes from " + before + " to " + after);
		return reason == null ? label : label + ". " + reason;
	}
}
