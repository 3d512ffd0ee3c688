package org.csapriority.engine;

import java.util.List;

/**
 * A strategic aim with the focus areas the rules adopted under it, its key drivers grouped by the
 * agreement's driver types, the other evidence behind its focus areas (threat/risk/harm, county
 * arrangements) and notes such as duties on each authority.
 */
public record AimResult(String id, String name, String status, List<AreaRef> focusAreas, List<AreaRef> supportingAreas,
		List<KeyDriverGroup> keyDrivers, List<KeyDriverGroup> otherDrivers, List<KeyDriverItem> notes,
		List<Justification> justifications) {
}
