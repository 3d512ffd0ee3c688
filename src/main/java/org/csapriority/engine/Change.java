package org.csapriority.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an item stands against last year's agreement. */
public enum Change {

	NEW("new"), RETAINED("retained"), RENAMED("renamed"), MERGED("merged"), SPLIT("split"), MOVED("moved"),
	DROPPED("dropped"), UNDER_REVIEW("under-review"), NONE("none");

	private final String id;

	Change(String id) {
		this.id = id;
	}

	@JsonValue
	public String id() {
		return id;
	}
}
