package org.csapriority.whatif;

import java.util.List;

/** A strategic aim's focus areas and key-driver types gained or lost. */
public record AimDiff(String id, String name, List<String> focusAdded, List<String> focusRemoved,
		List<String> driverTypesAdded, List<String> driverTypesRemoved) {

	public AimDiff {
		focusAdded = List.copyOf(focusAdded);
		focusRemoved = List.copyOf(focusRemoved);
		driverTypesAdded = List.copyOf(driverTypesAdded);
		driverTypesRemoved = List.copyOf(driverTypesRemoved);
	}
}
