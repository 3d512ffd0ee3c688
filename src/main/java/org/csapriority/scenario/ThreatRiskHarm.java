package org.csapriority.scenario;

import java.util.List;

/**
 * Either scores under a named scheme or a published rank order. {@code reading} and
 * {@code readingRationale} record how an ambiguous published table was read.
 */
public record ThreatRiskHarm(String scheme, String period, String geography, Integer assessedElements,
		String reading, String readingRationale, Source source, List<RankedElement> ranked, List<HarmScore> scored) {

	public ThreatRiskHarm {
		ranked = ranked == null ? List.of() : List.copyOf(ranked);
		scored = scored == null ? List.of() : List.copyOf(scored);
	}
}
