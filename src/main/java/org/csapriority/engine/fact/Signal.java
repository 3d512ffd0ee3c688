package org.csapriority.engine.fact;

import java.util.List;

/**
 * What a driver rule concluded about a candidate. Supporting signals count towards selection, retention
 * and the score; the others record why a route was not open. {@code strength} is 0 to 1.
 */
public record Signal(String candidateId, String type, DriverType driver, double strength, boolean supportive,
		String statute, String detail, List<Evidence> evidence) {

	public static Signal supporting(String candidateId, String type, DriverType driver, double strength, String detail,
			List<Evidence> evidence) {
		return new Signal(candidateId, type, driver, strength, true, null, detail, evidence);
	}

	public static Signal supporting(String candidateId, String type, DriverType driver, double strength, String detail,
			Evidence evidence) {
		return supporting(candidateId, type, driver, strength, detail, List.of(evidence));
	}

	public static Signal note(String candidateId, String type, DriverType driver, String detail, List<Evidence> evidence) {
		return new Signal(candidateId, type, driver, 0, false, null, detail, evidence);
	}

	public static Signal note(String candidateId, String type, DriverType driver, String detail, Evidence evidence) {
		return note(candidateId, type, driver, detail, List.of(evidence));
	}

	/** A signal that rests on a statute named in the evidence rather than in the rule. */
	public static Signal statutory(String candidateId, String type, DriverType driver, boolean supportive,
			String statute, String detail, Evidence evidence) {
		return new Signal(candidateId, type, driver, supportive ? 1 : 0, supportive, statute, detail, List.of(evidence));
	}
}
