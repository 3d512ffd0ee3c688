package org.csapriority.scenario;

/** An entry of the scenario's document catalogue, cited by evidence sources. */
public record Document(String id, String title, String file, String url, String published) {
}
