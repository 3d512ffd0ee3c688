package org.csapriority.report;

import org.csapriority.report.Appendices.AimLine;
import org.csapriority.report.Appendices.DistrictRow;
import org.csapriority.report.Appendices.HorizonGroup;
import org.csapriority.report.Appendices.HorizonLine;
import org.csapriority.report.Appendices.HorizonPart;
import org.csapriority.report.Appendices.PlanLine;
import org.csapriority.report.Appendices.PlanPillar;
import org.csapriority.report.Appendices.ThreatRow;

/** The appendices in Markdown, under a heading of the given level so they stand alone or close a report. */
final class AppendicesMarkdown {

	private AppendicesMarkdown() {
	}

	static String render(Appendices a, String area) {
		StringBuilder out = new StringBuilder();
		write(out, a, "#", area);
		return out.toString();
	}

	static void write(StringBuilder out, Appendices a, String level, String area) {
		String sub = level + "#";
		out.append(level).append(' ').append(Md.text(a.title())).append("\n\n");

		out.append(sub).append(' ').append(Md.text(a.districts().heading())).append("\n\n");
		if (a.districts().rows().isEmpty()) {
			out.append("No district strategic assessments were given.\n\n");
		}
		else {
			out.append(Md.text(a.districts().intro())).append("\n\n");
			boolean detailed = a.districts().detailed();
			out.append(detailed ? Md.header("Issue", "No. of districts identifying these issues", "Detail")
					: Md.header("Issue", "No. of districts identifying these issues"));
			for (DistrictRow r : a.districts().rows()) {
				out.append(detailed ? Md.row(r.issue(), r.identified(), r.detail()) : Md.row(r.issue(), r.identified()));
			}
			out.append('\n');
		}

		out.append(sub).append(' ').append(Md.text(a.threat().heading())).append("\n\n");
		if (a.threat().rows().isEmpty()) {
			out.append("No threat, risk and harm assessment was given for this year.\n\n");
		}
		else {
			out.append(Md.text(a.threat().method())).append("\n\n");
			if (!a.threat().reading().isEmpty()) {
				out.append(Md.text(a.threat().reading())).append("\n\n");
			}
			out.append(Md.header("Rank", "Element", "Assessment", "Addressed by"));
			for (ThreatRow r : a.threat().rows()) {
				out.append(Md.row(r.rank(), r.element(), r.assessment(), r.addressedBy()));
			}
			out.append('\n');
		}

		out.append(sub).append(" Appendix C: Horizon Scanning (PESTELO)\n\n");
		if (a.horizon().isEmpty()) {
			out.append("No horizon scanning items were given.\n\n");
		}
		for (HorizonGroup g : a.horizon()) {
			out.append("**").append(Md.text(g.category())).append(":**\n\n");
			for (HorizonPart part : g.parts()) {
				if (!part.heading().isEmpty()) {
					out.append(Md.text(part.heading())).append(":\n\n");
				}
				for (HorizonLine line : part.lines()) {
					out.append("- ").append(Md.text(line.text()));
					if (!line.kind().isEmpty()) {
						out.append(" (").append(Md.text(line.kind())).append(')');
					}
					if (!line.feeds().isEmpty()) {
						out.append(" - feeds ").append(Md.text(line.feeds()));
					}
					out.append('\n');
				}
				out.append('\n');
			}
		}

		out.append(sub).append(' ').append(Md.text(a.plan().heading())).append("\n\n");
		if (a.plan().pillars().isEmpty()) {
			out.append("No Police and Crime Plan was given.\n\n");
		}
		for (PlanPillar pillar : a.plan().pillars()) {
			out.append("**").append(Md.text(pillar.pillar().isEmpty() ? "Priorities" : pillar.pillar())).append("**\n\n");
			out.append(Md.header("Plan priority", "Regard", "Addressed by"));
			for (PlanLine line : pillar.lines()) {
				out.append(Md.row(line.text(), line.finding(), line.addressedBy()));
			}
			out.append('\n');
		}

		out.append(sub).append(' ').append(Md.text(a.agreement().heading())).append("\n\n");
		for (AimLine aim : a.agreement().aims()) {
			out.append("**").append(Md.text(aim.name())).append("**\n\n");
			aim.focusAreas().forEach(f -> out.append("- ").append(Md.text(f)).append('\n'));
			if (!aim.supportingAreas().isEmpty()) {
				out.append("\nSupporting: ").append(Md.text(String.join(", ", aim.supportingAreas()))).append('\n');
			}
			out.append('\n');
		}
		if (!a.agreement().priorities().isEmpty()) {
			out.append(Md.text(area)).append(" CSA Priorities:\n\n");
			a.agreement().priorities().forEach(p -> out.append("- ").append(Md.text(p)).append('\n'));
			out.append('\n');
		}
		if (!a.agreement().themes().isEmpty()) {
			out.append(Md.text(area)).append(" CSA Cross-Cutting Themes:\n\n");
			a.agreement().themes().forEach(t -> out.append("- ").append(Md.text(t)).append('\n'));
			out.append('\n');
		}
	}
}
