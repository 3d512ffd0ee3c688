package org.csapriority.engine.fact;

/** How much a data-quality flag should worry a reader of the evidence. */
public enum Severity {
	/** A figure that disagrees with another the same source gives, or evidence nobody can trace. */
	WARNING("warning"),
	/** Figures set side by side that do not measure like with like: read the comparison with care. */
	CAUTION("caution");

	private final String id;

	Severity(String id) {
		this.id = id;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String id() {
		return id;
	}
}
