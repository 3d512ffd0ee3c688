package org.csapriority.audit;

import java.util.Map;

/** What a run record is made of, before the store gives it its place in the chain. */
record NewRun(String recordedBy, String origin, String scenarioName, String scenarioContent,
		Map<String, String> scenarioFiles, String changes, Map<String, String> ruleSources, String policy,
		String engineVersion, Long randomSeed, Integer samples, String result) {
}
