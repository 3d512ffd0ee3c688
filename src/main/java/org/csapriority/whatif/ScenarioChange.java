package org.csapriority.whatif;

/**
 * One typed change to a scenario or its policy, as the working group would phrase it.
 */
public interface ScenarioChange {

	/** The change in plain English, as shown above a what-if answer. */
	String describe();
}
