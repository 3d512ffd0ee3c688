package org.csapriority.scenario;

/**
 * Where an evidence item comes from: a document of the scenario's catalogue and a place in it
 * (page, paragraph or line), or a public address.
 */
public record Source(String document, String location, String url) {

	public String cite() {
		if (url != null && !url.isBlank()) {
			return document == null ? url : document + " (" + url + ")";
		}
		return location == null ? String.valueOf(document) : document + " " + location;
	}
}
