package org.csapriority.engine;

import org.csapriority.engine.fact.Outcome;

/** One candidate's settled outcome, rank and score: what a ranking is, without the reasons for it. */
public record Placing(String id, String name, Outcome outcome, int rank, double score) {
}
