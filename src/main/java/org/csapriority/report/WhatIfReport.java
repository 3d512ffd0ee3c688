package org.csapriority.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csapriority.engine.Assessment;
import org.csapriority.whatif.AimDiff;
import org.csapriority.whatif.ItemDiff;
import org.csapriority.whatif.JustificationChange;
import org.csapriority.whatif.WhatIfResult;

/**
 * A what-if or a diff for the terminal and for papers: the changes applied, what moves and why in plain
 * English, a compact table of the items that moved, and the steps of each trail that appeared or disappeared.
 */
public final class WhatIfReport {

	private WhatIfReport() {
	}

	public static String text(WhatIfResult r, String comparedWith) {
		StringBuilder out = new StringBuilder(heading(r, comparedWith)).append("\n\n");
		if (!r.changes().isEmpty()) {
			out.append("Changes\n");
			for (int i = 0; i < r.changes().size(); i++) {
				out.append(String.format(Locale.ROOT, "  %d. %s%n", i + 1, r.changes().get(i)));
			}
			out.append('\n');
		}
		out.append("What moves\n");
		if (r.diff().summary().isEmpty()) {
			out.append("  Nothing moves: every item keeps its outcome, place and reasons.\n");
		}
		r.diff().summary().forEach(line -> out.append("  - ").append(line).append('\n'));
		List<ItemDiff> moved = r.diff().moved();
		if (!moved.isEmpty()) {
			int width = Math.min(48, moved.stream().mapToInt(i -> i.name().length()).max().orElse(10));
			out.append("\nMoved items\n");
			out.append(String.format(Locale.ROOT, "  %-" + width + "s  %-56s  %-9s  %s%n", "Item", "Before -> after", "Rank",
					"Score"));
			for (ItemDiff item : moved) {
				out.append(String.format(Locale.ROOT, "  %-" + width + "s  %-56s  %-9s  %s%n", cut(item.name(), width),
						outcome(item.outcomeBefore(), item.withinBefore()) + " -> " + outcome(item.outcomeAfter(), item.withinAfter()),
						rank(item.rankBefore()) + " -> " + rank(item.rankAfter()),
						score(item.scoreBefore()) + " -> " + score(item.scoreAfter())));
			}
		}
		List<ItemDiff> trails = withTrailChanges(r);
		if (!trails.isEmpty()) {
			out.append("\nJustifications appeared (+) and disappeared (-)\n");
			for (ItemDiff item : trails) {
				out.append("  ").append(item.name()).append('\n');
				item.appeared().forEach(j -> out.append("    + ").append(step(j)).append('\n'));
				item.disappeared().forEach(j -> out.append("    - ").append(step(j)).append('\n'));
			}
		}
		if (!r.diff().aims().isEmpty()) {
			out.append("\nAims\n");
			for (AimDiff aim : r.diff().aims()) {
				out.append("  ").append(aim.id()).append(": ").append(aim.name()).append('\n');
				list(out, "    focus areas added: ", aim.focusAdded());
				list(out, "    focus areas removed: ", aim.focusRemoved());
				list(out, "    key-driver types added: ", aim.driverTypesAdded());
				list(out, "    key-driver types removed: ", aim.driverTypesRemoved());
			}
		}
		return out.toString();
	}

	public static String markdown(WhatIfResult r, String comparedWith) {
		StringBuilder out = new StringBuilder("# ").append(heading(r, comparedWith)).append("\n\n");
		if (!r.changes().isEmpty()) {
			out.append("## Changes\n\n");
			for (int i = 0; i < r.changes().size(); i++) {
				out.append(i + 1).append(". ").append(r.changes().get(i)).append('\n');
			}
			out.append('\n');
		}
		out.append("## What moves\n\n");
		if (r.diff().summary().isEmpty()) {
			out.append("Nothing moves: every item keeps its outcome, place and reasons.\n");
		}
		r.diff().summary().forEach(line -> out.append("- ").append(line).append('\n'));
		List<ItemDiff> moved = r.diff().moved();
		if (!moved.isEmpty()) {
			out.append("\n| Item | Before | After | Rank | Score |\n|---|---|---|---|---|\n");
			for (ItemDiff item : moved) {
				out.append("| ").append(cell(item.name())).append(" | ").append(cell(outcome(item.outcomeBefore(), item.withinBefore())))
					.append(" | ").append(cell(outcome(item.outcomeAfter(), item.withinAfter()))).append(" | ")
					.append(rank(item.rankBefore())).append(" -> ").append(rank(item.rankAfter())).append(" | ")
					.append(score(item.scoreBefore())).append(" -> ").append(score(item.scoreAfter())).append(" |\n");
			}
		}
		List<ItemDiff> trails = withTrailChanges(r);
		if (!trails.isEmpty()) {
			out.append("\n## Justifications\n");
			for (ItemDiff item : trails) {
				out.append("\n### ").append(item.name()).append("\n\n");
				item.appeared().forEach(j -> out.append("- Appeared: ").append(step(j)).append('\n'));
				item.disappeared().forEach(j -> out.append("- Disappeared: ").append(step(j)).append('\n'));
			}
		}
		if (!r.diff().aims().isEmpty()) {
			out.append("\n## Aims\n\n| Aim | Focus added | Focus removed | Key-driver types added | Key-driver types removed |\n")
				.append("|---|---|---|---|---|\n");
			for (AimDiff aim : r.diff().aims()) {
				out.append("| ").append(cell(aim.name())).append(" | ").append(cell(String.join(", ", aim.focusAdded())))
					.append(" | ").append(cell(String.join(", ", aim.focusRemoved()))).append(" | ")
					.append(cell(String.join(", ", aim.driverTypesAdded()))).append(" | ")
					.append(cell(String.join(", ", aim.driverTypesRemoved()))).append(" |\n");
			}
		}
		return out.toString();
	}

	/** The changes and the diff without the two full assessments, which {@code assess} already gives. */
	public static Map<String, Object> json(WhatIfResult r, String comparedWith) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("baselineScenario", r.baselineScenario());
		if (comparedWith != null) {
			json.put("comparedWith", comparedWith);
		}
		json.put("changes", r.changes());
		json.put("summary", r.diff().summary());
		json.put("moved", r.diff().moved().stream().map(ItemDiff::id).toList());
		json.put("items", r.diff().items());
		json.put("aims", r.diff().aims());
		json.put("compliance", r.diff().compliance());
		return json;
	}

	private static String heading(WhatIfResult r, String comparedWith) {
		Assessment a = r.baseline();
		String what = a.area() + " " + a.financialYear();
		return comparedWith == null ? "What-if on " + r.baselineScenario() + " (" + what + ")"
				: "Diff of " + r.baselineScenario() + " (" + what + ") and " + comparedWith + " ("
						+ r.variant().area() + " " + r.variant().financialYear() + ")";
	}

	private static List<ItemDiff> withTrailChanges(WhatIfResult r) {
		return r.diff().items().stream().filter(i -> !i.appeared().isEmpty() || !i.disappeared().isEmpty()).toList();
	}

	private static String step(JustificationChange j) {
		return "[" + j.ruleId() + "] " + j.sentence();
	}

	private static void list(StringBuilder out, String label, List<String> values) {
		if (!values.isEmpty()) {
			out.append(label).append(String.join(", ", values)).append('\n');
		}
	}

	private static String outcome(String label, String within) {
		if (label == null) {
			return "absent";
		}
		return within == null ? label : "within " + within;
	}

	private static String rank(Integer rank) {
		return rank == null ? "-" : rank.toString();
	}

	private static String score(Double score) {
		return score == null ? "-" : String.format(Locale.ROOT, "%.2f", score);
	}

	private static String cut(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 3) + "...";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}
}
