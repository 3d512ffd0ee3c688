package org.csapriority.engine;

import java.util.List;

/** A strategic aim with the focus areas the rules adopted under it and its key drivers by type. */
public record AimResult(String id, String name, String status, List<AreaRef> focusAreas, List<AreaRef> supportingAreas,
		List<KeyDriverGroup> keyDrivers, List<KeyDriverItem> notes, List<Justification> justifications) {
}
