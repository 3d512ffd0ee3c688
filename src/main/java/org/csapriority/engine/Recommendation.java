package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.Outcome;

/**
 * The engine's recommendation for one candidate. {@code score} ranks items within the same outcome; the
 * outcome itself comes from the decision rules, whose reasons are in {@code justifications}.
 */
public record Recommendation(String id, String name, String declaredAs, String kind, Outcome outcome,
		String within, List<String> aims, Change change, String changeNote, int rank, double score,
		List<DriverScore> scoreBreakdown, String summary, List<Justification> justifications) {
}
