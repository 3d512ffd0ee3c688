package org.csapriority.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What sort of thing an issue is. The decision rules treat problems and enablers differently: a widely
 * shared enabler (mental health, early intervention) becomes a cross-cutting theme, not a priority.
 */
public enum IssueKind {
	/** A crime, harm or vulnerability the partnership tries to reduce. */
	@JsonProperty("harm") HARM,
	/** A way of working that supports every priority. */
	@JsonProperty("enabler") ENABLER,
	/** A group of people, such as young people. */
	@JsonProperty("cohort") COHORT,
	/** A kind of place, such as town centres. */
	@JsonProperty("place") PLACE
}
