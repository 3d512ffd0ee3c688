package org.csapriority.report;

import java.util.ArrayList;
import java.util.List;

import org.csapriority.report.ReportModel.AimView;
import org.csapriority.report.ReportModel.ChangeEntry;
import org.csapriority.report.ReportModel.Contribution;
import org.csapriority.report.ReportModel.DecisionView;
import org.csapriority.report.ReportModel.DriverGroup;
import org.csapriority.report.ReportModel.DriverLine;
import org.csapriority.report.ReportModel.DutyRow;
import org.csapriority.report.ReportModel.HeatMap;
import org.csapriority.report.ReportModel.Item;
import org.csapriority.report.ReportModel.ItemDrivers;
import org.csapriority.report.ReportModel.MatrixPoint;
import org.csapriority.report.ReportModel.OutcomeGroup;
import org.csapriority.report.ReportModel.PlanRow;
import org.csapriority.report.ReportModel.Provenance;
import org.csapriority.report.ReportModel.QualityFlag;
import org.csapriority.report.ReportModel.RuleFile;

/** The report in Markdown, section for section as the HTML, with the charts given as tables. */
final class RunMarkdown {

	private final ReportModel m;

	private final StringBuilder out = new StringBuilder();

	private RunMarkdown(ReportModel model) {
		this.m = model;
	}

	static String render(ReportModel model) {
		return new RunMarkdown(model).write();
	}

	private String write() {
		heading();
		recommendation();
		matrix();
		changes();
		drivers();
		heatMap();
		robustness();
		compliance();
		decisions();
		dataQuality();
		provenance();
		out.append('\n');
		AppendicesMarkdown.write(out, m.appendices(), "##", m.heading().area());
		return out.toString();
	}

	private void heading() {
		var h = m.heading();
		out.append("# ").append(Md.text(h.title())).append("\n\n");
		out.append(Md.text(h.partnership()));
		if (!h.assessmentYear().isEmpty()) {
			out.append("; district strategic assessments ").append(Md.text(h.assessmentYear()));
		}
		out.append(". Scenario ").append(Md.text(h.scenario())).append("; framework: ")
			.append(h.aimsFramework() ? "strategic aims" : "priorities and cross-cutting themes").append(".\n\n");
		Provenance p = m.provenance();
		if (p.recorded()) {
			out.append("Recorded run ").append(Md.text(p.runId())).append(", ").append(Md.text(p.recordedAt())).append(", by ")
				.append(Md.text(p.recordedBy())).append(".\n\n");
		}
		else {
			out.append("> This run was not recorded: no run id, recorder or decisions are linked to it. The recommendation "
					+ "below is the engine's.\n\n");
		}
	}

	private void recommendation() {
		out.append("## The recommendation\n\n");
		for (AimView aim : m.aims()) {
			out.append("### ").append(Md.text(aim.name())).append(" (").append(Md.text(aim.status())).append(")\n\n");
			out.append("Focus areas: ").append(Md.text(String.join(", ", aim.focusAreas()))).append("\n\n");
			if (!aim.supportingAreas().isEmpty()) {
				out.append("Supporting work: ").append(Md.text(String.join(", ", aim.supportingAreas()))).append("\n\n");
			}
		}
		for (OutcomeGroup group : m.adopted()) {
			out.append("### ").append(Md.text(group.heading())).append(" (").append(group.items().size()).append(")\n\n");
			out.append(Md.header("Rank", "Item", "Change", "Score", "Because"));
			for (Item i : group.items()) {
				out.append(Md.row(String.valueOf(i.rank()), i.name(), i.change(), i.scoreText(), i.because()));
			}
			out.append('\n');
		}
		if (!m.considered().isEmpty()) {
			out.append("### Also considered\n\n").append(Md.header("Rank", "Item", "Outcome", "Score", "Because"));
			for (OutcomeGroup group : m.considered()) {
				for (Item i : group.items()) {
					out.append(Md.row(String.valueOf(i.rank()), i.name(),
							i.within().isEmpty() ? i.outcomeLabel() : "within " + i.within(), i.scoreText(), i.because()));
				}
			}
			out.append('\n');
		}
	}

	private void matrix() {
		out.append("## Priority matrix\n\n");
		out.append("How widely the district strategic assessments name each item, against the strength of its threat, risk "
				+ "and harm evidence.");
		if (!m.charts().harmAssessed()) {
			out.append(" No threat, risk and harm assessment gave any item strength this year.");
		}
		out.append("\n\n").append(Md.header("Item", "Outcome", "District breadth", "Threat, risk and harm"));
		for (MatrixPoint p : m.charts().matrix()) {
			out.append(Md.row(p.name(), p.outcomeLabel(), p.breadthText(), p.harmText()));
		}
		out.append('\n');
	}

	private void changes() {
		out.append("## Changes against last year\n\n");
		if (m.changes().isEmpty()) {
			out.append("Nothing is recorded against last year's agreement.\n\n");
			return;
		}
		out.append(Md.header("Change", "Item", "What changed"));
		for (ChangeEntry c : m.changes()) {
			out.append(Md.row(c.label(), c.item(), c.note()));
		}
		out.append('\n');
	}

	private void drivers() {
		out.append("## ").append(m.heading().aimsFramework() ? "Key drivers" : "Main drivers").append("\n\n");
		for (AimView aim : m.aims()) {
			out.append("### ").append(Md.text(aim.name())).append("\n\n").append(Md.header("Driver", "Area", "Evidence", "Rule"));
			for (DriverGroup group : aim.keyDrivers()) {
				for (DriverLine line : group.lines()) {
					out.append(Md.row(group.label(), line.area(), line.sentence(), line.ruleId()));
				}
			}
			for (DriverGroup group : aim.otherDrivers()) {
				for (DriverLine line : group.lines()) {
					out.append(Md.row(group.label() + " (other evidence)", line.area(), line.sentence(), line.ruleId()));
				}
			}
			out.append('\n');
			for (DriverLine note : aim.notes()) {
				out.append("Note (").append(Md.text(note.area())).append("): ").append(Md.text(note.sentence())).append("\n\n");
			}
		}
		if (m.heading().aimsFramework()) {
			out.append("### Main drivers of each item\n\n");
		}
		out.append("Each item's largest contributions to its score (weight x strength = points).\n\n");
		out.append(Md.header("Item", "Outcome", "Driver", "Weight x strength = points", "Reason", "Rule"));
		for (ItemDrivers d : m.drivers()) {
			if (d.contributions().isEmpty()) {
				out.append(Md.row(d.item(), d.outcomeLabel(), "none", "", "No driver gave it points.", ""));
			}
			for (Contribution c : d.contributions()) {
				out.append(Md.row(d.item(), d.outcomeLabel(), c.driver(), c.arithmetic(), c.sentence(), c.ruleId()));
			}
		}
		out.append('\n');
	}

	private void heatMap() {
		HeatMap h = m.charts().heatMap();
		out.append("## Evidence heat map\n\n");
		out.append("Each item's strength under each kind of evidence, from 0 to 1; blank is none.\n\n");
		List<String> header = new ArrayList<>(List.of("Item"));
		header.addAll(h.drivers());
		out.append(Md.header(header.toArray(String[]::new)));
		h.rows().forEach(row -> out.append(Md.row(row)));
		out.append('\n');
	}

	/** Left out when the run had no robustness analysis; the charts of the HTML are tables here. */
	private void robustness() {
		Robustness r = m.robustness();
		if (r == null) {
			return;
		}
		out.append("## Robustness\n\n");
		out.append("How the recommendation holds up when its uncertain inputs vary within plausible bounds: the engine assessed ")
			.append(r.samplesText()).append(" plausible worlds, each drawn at random around the stated inputs, and counted how "
					+ "often each item kept its stated outcome and rank.\n\n");
		out.append("### What this means\n\n");
		r.meaning().forEach(para -> out.append(Md.text(para)).append("\n\n"));

		out.append("### What was done\n\n");
		out.append("- Samples: ").append(r.samplesText()).append(" plausible worlds, each assessed by the engine with the same rules\n");
		out.append("- Seed: ").append(r.seed()).append(" (the same seed and sample count give the same figures on any machine)\n");
		out.append("- Varied: ").append(r.varied().isEmpty() ? "not recorded" : Md.text(String.join("; ", r.varied()))).append('\n');
		out.append("- Held fixed: ");
		if (!r.heldFixed().isEmpty()) {
			out.append(Md.text(String.join("; ", r.heldFixed()))).append(". ");
		}
		out.append("Every other input is held at its stated value.\n");
		out.append("- Labels: ").append(Md.text(r.labelRule())).append("\n\n");
		out.append("#### The inputs that varied (").append(r.inputs().size()).append(")\n\n");
		if (r.inputs().isEmpty()) {
			out.append("The run recorded no varied inputs.\n\n");
		}
		else {
			out.append(Md.header("Kind", "Input", "Stated value", "Drawn from"));
			r.inputs().forEach(v -> out.append(Md.row(v.kind(), v.input(), v.stated(), v.drawn())));
			out.append('\n');
		}

		out.append("### Each item\n\n");
		out.append("In the stated ranking's order. \"Keeps it\" is the share of samples giving the item its stated outcome; the "
				+ "label follows from it. The rank range holds the middle 90% of the samples' ranks.\n\n");
		out.append(Md.header("Stated rank", "Item", "Stated outcome", "Keeps it", "Label", "Outcome probabilities",
				"Rank, 5–95%", "Mean rank"));
		for (Robustness.RobustItem i : r.items()) {
			out.append(Md.row(String.valueOf(i.rank()), i.name(), i.outcomeLabel(), i.shareText(), i.label(), i.outcomesText(),
					i.rankRange(), i.meanRankText()));
		}
		out.append('\n');

		out.append("### Rank acceptability\n\n");
		out.append("The share of samples placing each item at each rank (SMAA-2's rank acceptability); blank is none.\n\n");
		List<String> header = new ArrayList<>(List.of("Item"));
		r.rankNumbers().forEach(k -> header.add(String.valueOf(k)));
		out.append(Md.header(header.toArray(String[]::new)));
		r.rankRows().forEach(row -> out.append(Md.row(row)));
		out.append('\n');

		if (r.tau() != null) {
			out.append("### How much the whole ranking moves\n\n");
			out.append("Kendall's τ between each sample's ranking of all the items and the stated ranking: 1 is the same order, "
					+ "0 no relation, below 0 an order more reversed than not. ").append(Md.text(r.tau().summary())).append("\n\n");
			out.append(Md.header("Kendall's τ", "Share of samples"));
			r.tau().bins().forEach(b -> out.append(Md.row(b.range(), b.shareText())));
			out.append('\n');
		}

		out.append("### What each item hinges on\n\n");
		out.append("One input at a time: each input set to the low end and then the high end of its range, every other input "
				+ "as stated, and where the item would then stand. The ").append(r.shownBars())
			.append(" inputs that move an item most are given, largest swing (ranks moved plus score change) first.\n\n");
		for (Robustness.TornadoView t : r.tornadoes()) {
			out.append("#### ").append(Md.text(t.name())).append(" (").append(Md.text(t.label())).append(", keeps its stated outcome in ")
				.append(Md.text(t.shareText())).append(")\n\n");
			out.append("Stated: rank ").append(t.rank()).append(", score ").append(t.scoreText()).append(", ")
				.append(Md.text(t.outcomeLabel())).append(".\n\n");
			if (t.bars().isEmpty()) {
				out.append("No input on its own moves this item.\n\n");
			}
			else {
				out.append(Md.header("Input", "Low end", "Item at the low end", "High end", "Item at the high end", "Swing",
						"Outcome changes"));
				for (Robustness.Bar b : t.bars()) {
					out.append(Md.row(b.input(), b.lowLabel(), b.low().text(), b.highLabel(), b.high().text(), b.swingText(),
							b.outcomeChanges() ? "yes" : "no"));
				}
				out.append('\n');
			}
			if (!t.rest().isEmpty()) {
				out.append(Md.text(t.rest())).append("\n\n");
			}
		}
	}

	private void compliance() {
		var c = m.compliance();
		out.append("## Statutory compliance\n\n").append(c.gaps()).append(c.gaps() == 1 ? " gap" : " gaps").append(".\n\n");
		out.append(Md.header("Finding", "Duty", "Binds", "Status", "Items", "Reason", "Rule"));
		for (DutyRow d : c.duties()) {
			out.append(Md.row(d.finding(), d.citation(), d.bearer(), d.status(), d.items(), d.reason(), d.ruleId()));
		}
		if (!c.plan().isEmpty()) {
			out.append("\n### Regard to the Police and Crime Plan\n\n")
				.append(Md.header("Finding", "Plan priority", "Pillar", "Items", "Reason", "Rule"));
			for (PlanRow p : c.plan()) {
				out.append(Md.row(p.finding(), p.text(), p.pillar(), p.items(), p.reason(), p.ruleId()));
			}
		}
		out.append('\n');
	}

	private void decisions() {
		if (m.decisions() == null) {
			return;
		}
		out.append("## Decisions\n\n");
		if (m.decisions().rows().isEmpty()) {
			out.append("No decisions were recorded for this run.\n\n");
			return;
		}
		int departures = m.decisions().departures();
		out.append(m.decisions().rows().size()).append(" recorded; ").append(departures)
			.append(departures == 1 ? " departs" : " depart").append(" from the engine's recommendation (marked **Departure**).\n\n");
		out.append(Md.header("Item", "Engine's outcome", "Adopted", "Rationale", "Decided by", "On", "Recorded by"));
		for (DecisionView d : m.decisions().rows()) {
			String item = Md.text(d.item()) + (d.departs() ? " **Departure**" : "");
			out.append("| ").append(item).append(' ')
				.append(Md.row(d.engineOutcome(), d.adoptedOutcome(), d.rationale(), d.decidingBody(), d.decidedOn(), d.recordedBy()));
		}
		out.append('\n');
	}

	private void dataQuality() {
		if (m.dataQuality().isEmpty()) {
			return;
		}
		out.append("## Data quality\n\n").append(m.dataQuality().size())
			.append(m.dataQuality().size() == 1 ? " flag" : " flags").append(" raised on the evidence.\n\n");
		out.append(Md.header("Severity", "Check", "Kind", "Message", "Items", "Evidence", "Source"));
		for (QualityFlag f : m.dataQuality()) {
			out.append(Md.row(f.severity(), (f.ruleId() + " " + f.rule()).trim(), f.kind(),
					f.other().isEmpty() ? f.message() : f.message() + " (" + f.other() + ")", f.items(), f.evidence(), f.source()));
		}
		out.append('\n');
	}

	private void provenance() {
		Provenance p = m.provenance();
		out.append("## Provenance\n\n");
		if (!p.recorded()) {
			out.append("This run was not recorded. The rule files below are the ones the assessment read; nothing else about "
					+ "the run is on record.\n\n");
		}
		out.append(Md.header("Field", "Value"));
		out.append(Md.row("Run", p.runId())).append(Md.row("Recorded at", p.recordedAt()))
			.append(Md.row("Recorded by", p.recordedBy())).append(Md.row("Scenario SHA-256", p.scenarioSha256()))
			.append(Md.row("Engine version", p.engineVersion())).append(Md.row("Seed", p.seed()))
			.append(Md.row("Rules fired", String.valueOf(p.rulesFired())));
		out.append("\n### Rule files (SHA-256, ").append(Md.text(p.ruleFilesFrom())).append(")\n\n");
		if (p.ruleFiles().isEmpty()) {
			out.append("Not recorded.\n");
			return;
		}
		out.append(Md.header("File", "SHA-256"));
		for (RuleFile f : p.ruleFiles()) {
			out.append(Md.row(f.file(), f.sha256()));
		}
	}
}
