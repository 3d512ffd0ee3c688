package org.csapriority.audit;

/** One way a replayed result differs from the recorded one: the item (or part of the result), the field, both values. */
public record ReplayDifference(String item, String field, String recorded, String replayed) {

	@Override
	public String toString() {
		return item + ": " + field + " was " + recorded + ", now " + replayed;
	}
}
