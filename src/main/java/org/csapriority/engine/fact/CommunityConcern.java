package org.csapriority.engine.fact;

public record CommunityConcern(String candidateId, String viewId, Double share, String concern, String detail,
		Evidence evidence) {
}
