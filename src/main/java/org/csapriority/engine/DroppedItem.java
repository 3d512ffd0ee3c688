package org.csapriority.engine;

/** Something last year's agreement held that has no successor this year. */
public record DroppedItem(String id, String name, String previousForm, String reason) {
}
