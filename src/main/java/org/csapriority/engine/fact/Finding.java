package org.csapriority.engine.fact;

public enum Finding {
	/** An item of the agreement meets the duty, or the process requirement is shown by the evidence. */
	MET("met"),
	/** A duty binding now that nothing in the agreement meets, or a requirement the evidence cannot show. */
	GAP("gap"),
	/** A duty on each authority or on the council: recorded, not required of the agreement. */
	NOTE("note"),
	/** A duty not yet in force that nothing in the agreement meets yet. */
	UPCOMING("upcoming"),
	/** Legislation that shapes the work without requiring anything of the agreement. */
	CONTEXT("context"),
	/** A Police and Crime Plan priority that an item of the agreement covers. */
	COVERED("covered"),
	/** A Police and Crime Plan priority the agreement does not cover, with the reason why. */
	EXPLAINED("explained");

	private final String id;

	Finding(String id) {
		this.id = id;
	}

	@com.fasterxml.jackson.annotation.JsonValue
	public String id() {
		return id;
	}
}
