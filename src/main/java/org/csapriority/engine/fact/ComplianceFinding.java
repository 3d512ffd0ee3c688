package org.csapriority.engine.fact;

/**
 * What a compliance rule concluded about one duty or one Police and Crime Plan priority ({@code subject}),
 * and, where an item of the agreement meets or covers it, which ({@code candidateId}).
 */
public record ComplianceFinding(String subject, Finding finding, String candidateId) {

	public static ComplianceFinding of(String subject, Finding finding) {
		return new ComplianceFinding(subject, finding, null);
	}
}
