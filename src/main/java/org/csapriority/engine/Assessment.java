package org.csapriority.engine;

import java.util.List;
import java.util.Map;

import org.csapriority.scenario.Framework;

/** The result of assessing one scenario with one rule base. */
public record Assessment(String scenario, String area, String partnership, String assessmentYear,
		String financialYear, Framework framework, List<Recommendation> recommendations, List<AimResult> aims,
		List<DroppedItem> dropped, Compliance compliance, List<DataQualityFlag> dataQuality, List<String> rulesFired,
		Map<String, String> ruleFiles) {

	public Recommendation recommendation(String id) {
		return recommendations.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
	}

	/** The data-quality flags on the evidence of one item. */
	public List<DataQualityFlag> dataQualityOf(String itemId) {
		return dataQuality.stream().filter(f -> f.items().contains(itemId)).toList();
	}
}
