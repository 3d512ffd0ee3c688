package org.csapriority.engine;

public record AreaRef(String id, String name) {
}
