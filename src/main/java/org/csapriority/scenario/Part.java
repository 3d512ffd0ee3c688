package org.csapriority.scenario;

/** One piece of a total as published, such as one division's count. */
public record Part(String label, Double value) {
}
