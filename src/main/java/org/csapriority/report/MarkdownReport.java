package org.csapriority.report;

import java.util.List;
import java.util.Locale;

import org.csapriority.engine.AimResult;
import org.csapriority.engine.AreaRef;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.Compliance;
import org.csapriority.engine.DataQualityFlag;
import org.csapriority.engine.DroppedItem;
import org.csapriority.engine.DutyCompliance;
import org.csapriority.engine.Justification;
import org.csapriority.engine.KeyDriverGroup;
import org.csapriority.engine.KeyDriverItem;
import org.csapriority.engine.PlanRegard;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.fact.Finding;

/** Markdown for papers: a recommendation table, the aims with key drivers, and each item's reasons. */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String assessment(Assessment a) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(a.area()).append(" Community Safety Agreement ").append(a.financialYear()).append("\n\n");
		out.append("District strategic assessments ").append(a.assessmentYear()).append(". Rules run: ")
			.append(a.rulesFired().size()).append(" fired.\n\n");
		for (AimResult aim : a.aims()) {
			out.append("## ").append(aim.name()).append(" (").append(aim.status()).append(")\n\n");
			out.append("Focus areas: ").append(String.join(", ", aim.focusAreas().stream().map(AreaRef::name).toList()))
				.append("\n\n");
			if (!aim.supportingAreas().isEmpty()) {
				out.append("Supporting work: ")
					.append(String.join(", ", aim.supportingAreas().stream().map(AreaRef::name).toList())).append("\n\n");
			}
			out.append("| Driver | Area | Evidence | Rule |\n|---|---|---|---|\n");
			List<KeyDriverGroup> groups = new java.util.ArrayList<>(aim.keyDrivers());
			groups.addAll(aim.otherDrivers());
			for (KeyDriverGroup group : groups) {
				for (KeyDriverItem item : group.items()) {
					out.append("| ").append(group.label()).append(" | ").append(item.area()).append(" | ")
						.append(cell(item.sentence())).append(" | ").append(item.ruleId()).append(" |\n");
				}
			}
			for (KeyDriverItem note : aim.notes()) {
				out.append("\nNote (").append(note.area()).append("): ").append(cell(note.sentence())).append('\n');
			}
			out.append('\n');
		}
		out.append("## Recommendations\n\n| Rank | Item | Outcome | Change | Score |\n|---|---|---|---|---|\n");
		for (Recommendation r : a.recommendations()) {
			out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %.2f |%n", r.rank(), r.name(),
					r.outcome().label() + (r.within() == null ? "" : " (" + r.within() + ")"), r.change().id(), r.score()));
		}
		if (!a.dropped().isEmpty()) {
			out.append("\n## Dropped from last year\n\n");
			for (DroppedItem d : a.dropped()) {
				out.append("- ").append(d.name()).append(" (").append(d.previousForm()).append("): ").append(d.reason())
					.append('\n');
			}
		}
		Compliance c = a.compliance();
		out.append("\n## Statutory compliance\n\n").append(c.gaps().size()).append(c.gaps().size() == 1 ? " gap" : " gaps")
			.append(".\n\n| Finding | Duty | Binds | Status | Reason | Rule |\n|---|---|---|---|---|---|\n");
		for (DutyCompliance d : c.duties()) {
			out.append("| ").append(d.finding().id()).append(" | ").append(cell(d.citation())).append(" | ").append(d.bearer())
				.append(" | ").append(d.status()).append(" | ").append(cell(d.reason())).append(" | ").append(d.ruleId())
				.append(" |\n");
		}
		if (!c.policeAndCrimePlan().isEmpty()) {
			out.append("\n### Regard to the Police and Crime Plan\n\n| Finding | Plan priority | Reason | Rule |\n|---|---|---|---|\n");
			for (PlanRegard p : c.policeAndCrimePlan()) {
				out.append("| ").append(p.finding().id()).append(" | ").append(cell(p.text())).append(" | ")
					.append(cell(p.reason())).append(" | ").append(p.ruleId()).append(" |\n");
			}
		}
		dataQuality(out, a);
		out.append("\n## Reasons\n\n");
		for (Recommendation r : a.recommendations()) {
			out.append("### ").append(r.name()).append("\n\n").append(r.summary()).append("\n\n");
			List<Justification> trail = r.justifications();
			for (Justification j : trail) {
				out.append("- **").append(j.ruleId()).append("** ").append(cell(j.sentence()))
					.append(j.statute() == null ? "" : " *(" + j.statute() + ")*").append('\n');
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static void dataQuality(StringBuilder out, Assessment a) {
		List<DataQualityFlag> flags = a.dataQuality();
		out.append("\n## Data quality\n\n").append(flags.size()).append(flags.size() == 1 ? " flag" : " flags").append(".\n");
		if (flags.isEmpty()) {
			return;
		}
		out.append("\n| Severity | Evidence | Finding | Items | Source | Rule |\n|---|---|---|---|---|---|\n");
		for (DataQualityFlag f : flags) {
			out.append("| ").append(f.severity().id()).append(" | ").append(cell(f.evidence())).append(" | ")
				.append(cell(f.message())).append(" | ").append(String.join(", ", f.items())).append(" | ")
				.append(f.source() == null ? "none" : cell(f.source().cite())).append(" | ").append(f.ruleId()).append(" |\n");
		}
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}
}
