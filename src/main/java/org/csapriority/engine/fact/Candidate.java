package org.csapriority.engine.fact;

import java.util.List;

import org.csapriority.scenario.IssueKind;

/**
 * An area the partnership may adopt. {@code kind} is HARM when any member issue is a harm, otherwise the
 * kind all its issues share (enabler, cohort or place).
 */
public record Candidate(String id, String name, String declaredAs, List<String> issues, IssueKind kind,
		String within) {
}
