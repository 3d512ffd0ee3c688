package org.csapriority.engine.fact;

import java.util.List;

import org.csapriority.scenario.Source;

/**
 * What a data-quality rule concluded about one evidence item, with the issues the item is about (the
 * result names the items holding them). Nothing else in the rules reads it: a finding is reported beside
 * the recommendation and never moves an outcome.
 */
public record QualityFinding(String evidenceId, String kind, Severity severity, String message,
		List<String> issues, Source source) {

	public static QualityFinding warning(QualitySubject subject, String kind, String message) {
		return new QualityFinding(subject.evidenceId(), kind, Severity.WARNING, message, subject.issues(),
				subject.source());
	}

	public static QualityFinding caution(QualitySubject subject, String kind, String message) {
		return new QualityFinding(subject.evidenceId(), kind, Severity.CAUTION, message, subject.issues(),
				subject.source());
	}
}
