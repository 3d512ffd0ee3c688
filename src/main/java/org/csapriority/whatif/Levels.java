package org.csapriority.whatif;

import java.util.List;

import org.csapriority.scenario.IdentificationLevel;

/** The district levels a change may set: the scenario format's levels, the contract's spelling, and "not named". */
final class Levels {

	static final String NOT_NAMED = "not-named";

	/** The contract's name for the scenario format's part-of-broader-theme. */
	private static final String WITHIN_BROADER = "within-broader-theme";

	static final List<String> ACCEPTED = List.of("main-priority", "cross-cutting-theme", WITHIN_BROADER, "core-business",
			NOT_NAMED);

	private Levels() {
	}

	/** The scenario format's name of a level, or null when it is none. */
	static String canonical(String level) {
		if (WITHIN_BROADER.equals(level)) {
			return IdentificationLevel.PART_OF_BROADER_THEME.label();
		}
		for (IdentificationLevel known : IdentificationLevel.values()) {
			if (known.label().equals(level)) {
				return level;
			}
		}
		return null;
	}
}
