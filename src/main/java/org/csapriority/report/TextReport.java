package org.csapriority.report;

import java.util.List;
import java.util.Locale;

import org.csapriority.engine.AimResult;
import org.csapriority.engine.AreaRef;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.Compliance;
import org.csapriority.engine.DataQualityFlag;
import org.csapriority.engine.DriverScore;
import org.csapriority.engine.DroppedItem;
import org.csapriority.engine.DutyCompliance;
import org.csapriority.engine.ItemExplanation;
import org.csapriority.engine.Justification;
import org.csapriority.engine.KeyDriverGroup;
import org.csapriority.engine.KeyDriverItem;
import org.csapriority.engine.PlanRegard;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.engine.fact.Finding;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.Framework;

/** Plain text for the terminal: the recommendation first, then what changed, then the aims. */
public final class TextReport {

	private TextReport() {
	}

	public static String assessment(Assessment a) {
		StringBuilder out = new StringBuilder();
		out.append(a.area()).append(" community safety agreement ").append(a.financialYear())
			.append(a.assessmentYear() == null ? " (" : " (district assessments " + a.assessmentYear() + ", ").append("framework ")
			.append(a.framework() == Framework.STRATEGIC_AIMS ? "strategic aims" : "priorities").append(")\n\n");
		if (a.framework() == Framework.STRATEGIC_AIMS) {
			aims(out, a);
		}
		// outcomes in the order the ranking (the policy's precedence) puts them
		List<Outcome> order = a.recommendations().stream().map(Recommendation::outcome).distinct().toList();
		for (Outcome outcome : order) {
			List<Recommendation> items = a.recommendations().stream().filter(r -> r.outcome() == outcome).toList();
			out.append(heading(outcome)).append(" (").append(items.size()).append(")\n");
			for (Recommendation r : items) {
				out.append(String.format(Locale.ROOT, "  %2d. %-58s score %.2f  %s%n", r.rank(), r.name(), r.score(),
						r.change().id() + (r.within() == null ? "" : ", within " + r.within())));
				out.append("      ").append(reasons(r)).append('\n');
			}
			out.append('\n');
		}
		if (!a.dropped().isEmpty()) {
			out.append("Dropped from last year\n");
			for (DroppedItem d : a.dropped()) {
				out.append("  - ").append(d.name()).append(" (").append(d.previousForm()).append("): ").append(d.reason())
					.append('\n');
			}
			out.append('\n');
		}
		compliance(out, a);
		dataQuality(out, a);
		out.append("Run 'explain <scenario> <item>' for an item's full trail.\n");
		return out.toString();
	}

	/** Gaps first, then what is upcoming, met, noted; then the regard had to the Police and Crime Plan. */
	private static void compliance(StringBuilder out, Assessment a) {
		Compliance c = a.compliance();
		out.append("Statutory compliance (").append(c.gaps().size()).append(c.gaps().size() == 1 ? " gap" : " gaps")
			.append(")\n");
		for (DutyCompliance d : c.duties()) {
			out.append(String.format(Locale.ROOT, "  %-9s %s (%s, %s) [%s]%n", label(d.finding()), d.citation(),
					d.bearer(), d.status(), d.ruleId()));
			out.append("            ").append(d.reason()).append('\n');
		}
		if (!c.policeAndCrimePlan().isEmpty()) {
			out.append("\nRegard to the Police and Crime Plan\n");
			for (PlanRegard p : c.policeAndCrimePlan()) {
				out.append(String.format(Locale.ROOT, "  %-9s '%s' [%s]%n", label(p.finding()), p.text(), p.ruleId()));
				out.append("            ").append(p.reason()).append('\n');
			}
		}
		out.append('\n');
	}

	/** Warnings first; each flag with the evidence it is about, the items that rest on it and where to look. */
	private static void dataQuality(StringBuilder out, Assessment a) {
		List<DataQualityFlag> flags = a.dataQuality();
		out.append("Data quality (").append(flags.size()).append(flags.size() == 1 ? " flag" : " flags").append(")\n");
		for (DataQualityFlag f : flags) {
			out.append(String.format(Locale.ROOT, "  %-9s %s [%s]%n", f.severity().id().toUpperCase(Locale.ROOT),
					f.evidence(), f.ruleId()));
			out.append("            ").append(f.message()).append('\n');
			String items = String.join(", ", f.items().stream().map(id -> name(a, id)).toList());
			out.append("            ").append(items.isEmpty() ? "" : "Items: " + items + ". ").append("Source: ")
				.append(f.source() == null ? "none" : f.source().cite()).append(".\n");
		}
		out.append('\n');
	}

	private static String name(Assessment a, String itemId) {
		Recommendation r = a.recommendation(itemId);
		return r == null ? itemId : r.name();
	}

	static String label(Finding finding) {
		return finding.id().toUpperCase(Locale.ROOT);
	}

	private static void aims(StringBuilder out, Assessment a) {
		for (AimResult aim : a.aims()) {
			out.append("Aim ").append(aim.id()).append(": ").append(aim.name()).append(" [").append(aim.status()).append("]\n");
			out.append("  Focus areas: ").append(names(aim.focusAreas())).append('\n');
			if (!aim.supportingAreas().isEmpty()) {
				out.append("  Supporting: ").append(names(aim.supportingAreas())).append('\n');
			}
			out.append("  Key drivers:\n");
			for (KeyDriverGroup group : aim.keyDrivers()) {
				out.append("    ").append(group.label()).append('\n');
				for (KeyDriverItem item : group.items()) {
					out.append("      - ").append(item.area()).append(": ").append(item.sentence()).append(" [").append(item.ruleId())
						.append("]\n");
				}
			}
			for (KeyDriverGroup group : aim.otherDrivers()) {
				out.append("  Other evidence: ").append(group.label()).append('\n');
				for (KeyDriverItem item : group.items()) {
					out.append("      - ").append(item.area()).append(": ").append(item.sentence()).append(" [").append(item.ruleId())
						.append("]\n");
				}
			}
			for (KeyDriverItem note : aim.notes()) {
				out.append("    Note (").append(note.area()).append("): ").append(note.sentence()).append('\n');
			}
			out.append('\n');
		}
	}

	/** The whole trail of one item, for an auditor. */
	public static String explain(Assessment a, Recommendation r) {
		StringBuilder out = new StringBuilder();
		out.append(r.name()).append(" (").append(r.id()).append(") in ").append(a.area()).append(' ').append(a.financialYear())
			.append('\n');
		out.append("Outcome: ").append(r.outcome().label()).append(r.within() == null ? "" : " (" + r.within() + ")")
			.append(r.aims().isEmpty() ? "" : ", aims " + r.aims()).append('\n');
		out.append("Change against last year: ").append(r.change().id()).append(" (").append(r.changeNote()).append(")\n");
		out.append("Summary: ").append(r.summary()).append("\n\n");
		out.append(String.format(Locale.ROOT, "Score %.3f (rank %d), by driver type:%n", r.score(), r.rank()));
		for (DriverScore part : r.scoreBreakdown()) {
			out.append(String.format(Locale.ROOT, "  %-28s weight %.2f x strength %.2f = %.3f%n", part.driver().label(),
					part.weight(), part.strength(), part.points()));
		}
		List<String> law = complianceOf(a, r);
		if (!law.isEmpty()) {
			out.append("\nStatutory compliance and the Police and Crime Plan:\n");
			law.forEach(line -> out.append("  ").append(line).append('\n'));
		}
		List<DataQualityFlag> flags = a.dataQualityOf(r.id());
		if (!flags.isEmpty()) {
			out.append("\nData quality of its evidence:\n");
			for (DataQualityFlag f : flags) {
				out.append("  ").append(f.severity().id().toUpperCase(Locale.ROOT)).append(' ').append(f.evidence())
					.append(" [").append(f.ruleId()).append("]: ").append(f.message()).append(" (source: ")
					.append(f.source() == null ? "none" : f.source().cite()).append(")\n");
			}
		}
		out.append("\nJustification trail:\n");
		for (Justification j : r.justifications()) {
			out.append("  [").append(j.ruleId()).append("] ").append(j.rule()).append('\n');
			out.append("      ").append(j.driver().label()).append(" -> ").append(j.effect())
				.append(j.supportive() ? "" : " (does not support selection)").append('\n');
			out.append("      ").append(j.sentence()).append('\n');
			if (j.statute() != null) {
				out.append("      Statute: ").append(j.statute()).append('\n');
			}
			out.append("      Rule file: ").append(j.file()).append('\n');
			for (Evidence e : j.evidence()) {
				out.append("      Evidence: ").append(e.summary()).append(" (source: ").append(e.cite())
					.append(e.period() == null ? "" : "; period " + e.period())
					.append(e.geography() == null ? "" : "; " + e.geography()).append(")\n");
			}
		}
		return out.toString();
	}

	/** The compliance findings that name this item: the duties it meets or shapes, the plan priorities it covers. */
	static List<String> complianceOf(Assessment a, Recommendation r) {
		Compliance own = ItemExplanation.of(a, r).compliance();
		List<String> lines = new java.util.ArrayList<>();
		for (DutyCompliance d : own.duties()) {
			lines.add(label(d.finding()) + " " + d.citation() + " (" + d.bearer() + ", " + d.status() + ") [" + d.ruleId()
					+ "]: " + d.reason());
		}
		for (PlanRegard p : own.policeAndCrimePlan()) {
			lines.add(label(p.finding()) + " plan priority '" + p.text() + "' [" + p.ruleId() + "]: " + p.reason());
		}
		return lines;
	}

	private static String reasons(Recommendation r) {
		String summary = r.summary();
		int because = summary.indexOf(". Because: ");
		return because < 0 ? summary : summary.substring(because + 2);
	}

	private static String names(List<AreaRef> areas) {
		return String.join(", ", areas.stream().map(AreaRef::name).toList());
	}

	private static String heading(Outcome outcome) {
		return switch (outcome) {
			case PRIORITY -> "Priorities";
			case CROSS_CUTTING_THEME -> "Cross-cutting themes";
			case FOCUS_AREA -> "Focus areas";
			case WITHIN_PRIORITY -> "Covered within another priority";
			case REVIEW -> "For the working group to review";
			case WATCH_LIST -> "Watch list";
			case NOT_PRIORITISED -> "Not prioritised";
		};
	}
}
