package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.Severity;
import org.csapriority.scenario.Source;

/**
 * One data-quality finding about the evidence: the rule that raised it, what kind of problem it is
 * ({@code stated-change}, {@code parts-and-total}, {@code mixed-geography}, {@code mixed-period},
 * {@code provisional-and-final}, {@code no-source}), how serious, the evidence item, the items whose
 * evidence it is, a sentence an analyst can act on, and the source to look the figure up in.
 */
public record DataQualityFlag(String ruleId, String rule, String kind, Severity severity, String evidence,
		List<String> items, String message, Source source) {
}
