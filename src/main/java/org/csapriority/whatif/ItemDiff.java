package org.csapriority.whatif;

import java.util.List;
import java.util.Objects;

/**
 * One item before and after. Outcomes are the engine's outcome labels; a side where the item does not
 * exist has nulls.
 */
public record ItemDiff(String id, String name, String outcomeBefore, String outcomeAfter, String withinBefore,
		String withinAfter, Integer rankBefore, Integer rankAfter, Double scoreBefore, Double scoreAfter,
		List<JustificationChange> appeared, List<JustificationChange> disappeared, boolean outcomeChanged,
		String summary) {

	public ItemDiff {
		appeared = List.copyOf(appeared);
		disappeared = List.copyOf(disappeared);
	}

	/** Outcome, host or rank changed. */
	public boolean moved() {
		return outcomeChanged || !Objects.equals(withinBefore, withinAfter) || !Objects.equals(rankBefore, rankAfter);
	}
}
