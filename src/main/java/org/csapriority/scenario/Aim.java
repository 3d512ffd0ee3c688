package org.csapriority.scenario;

import java.util.List;

/**
 * A strategic aim. Focus areas are what the aim addresses; supporting areas are areas whose delivery
 * group sits under the aim although their focus is elsewhere (areas may belong to several aims).
 */
public record Aim(String id, String name, String description, List<String> focusAreas,
		List<String> supportingAreas, Source source) {

	public Aim {
		focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
		supportingAreas = supportingAreas == null ? List.of() : List.copyOf(supportingAreas);
	}
}
