package org.csapriority.engine.fact;

import java.util.List;

import org.csapriority.scenario.Source;

/** An evidence item the data-quality rules look at: what it is, where it came from, the issues it is about. */
public interface QualitySubject {

	String evidenceId();

	Source source();

	List<String> issues();
}
