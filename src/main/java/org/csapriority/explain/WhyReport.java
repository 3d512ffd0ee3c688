package org.csapriority.explain;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.csapriority.engine.DriverScore;
import org.csapriority.explain.Why.Condition;
import org.csapriority.explain.Why.EvidenceItem;
import org.csapriority.explain.Why.FiredRule;
import org.csapriority.explain.Why.Flip;
import org.csapriority.explain.Why.Flips;
import org.csapriority.explain.Why.NearMiss;
import org.csapriority.explain.Why.Route;
import org.csapriority.explain.Why.RuleRef;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/** Writes a {@link Why} as text for the terminal, Markdown for a paper, or JSON. */
public final class WhyReport {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.enable(SerializationFeature.INDENT_OUTPUT);

	private static final String NL = System.lineSeparator();

	private WhyReport() {
	}

	/**
	 * @param scenarioArg how the reader names the scenario on the command line, for the command that reproduces a
	 *        flip (null leaves the command out)
	 */
	public static String render(Why why, String format, String scenarioArg) {
		return switch (format) {
			case "text" -> text(why, scenarioArg, false);
			case "md" -> text(why, scenarioArg, true);
			case "json" -> json(why);
			default -> throw new InvalidInputException(new InputProblem("--format", 0, null,
					"unknown format '" + format + "'; use one of text, json, md"));
		};
	}

	static String json(Why why) {
		try {
			return JSON.writeValueAsString(why) + NL;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the account could not be written as JSON", ex);
		}
	}

	private static String text(Why why, String scenarioArg, boolean md) {
		Out out = new Out(md);
		out.title(why.name() + " (" + why.item() + ") in " + why.scenario());
		out.line("Outcome: " + why.outcomeLabel() + (why.within() == null ? "" : " (" + why.within() + ")") + ", rank "
				+ why.rank() + " of " + why.of() + (why.change() == null ? "" : "; against last year: " + why.change()));
		out.line("Decided by: " + String.join("; ", why.decidedBy().stream().map(r -> "[" + r.ruleId() + "] " + r.rule()).toList()));
		score(out, why);
		if (!why.holdsBy().isEmpty()) {
			out.heading(why.selected() ? "Why it holds: the conditions of the deciding rules, with their margins"
					: "Why it is where it is: the conditions of the deciding rules");
			why.holdsBy().forEach(route -> route(out, route));
		}
		if (why.whyNot() != null) {
			out.heading("Why not selected: each rule that would adopt an item of its kind, and what it lacks");
			if (why.whyNot().isEmpty()) {
				out.line("No rule adopts an item of its kind on the evidence alone.");
			}
			why.whyNot().forEach(route -> route(out, route));
		}
		flips(out, why.flips(), scenarioArg);
		out.heading("Rules that fired for it");
		for (FiredRule rule : why.rulesFired()) {
			out.item("[" + rule.ruleId() + "] " + rule.rule());
			out.detail(rule.file() + " (version " + rule.fileVersion() + ")" + (rule.statute() == null ? "" : "; statute: " + rule.statute()));
			out.detail(rule.driver() + " -> " + rule.effect() + (rule.supportive() ? "" : " (does not support selection)")
					+ ": " + rule.sentence());
		}
		out.heading("Evidence");
		if (why.evidence().isEmpty()) {
			out.line("None.");
		}
		for (EvidenceItem e : why.evidence()) {
			out.item(e.summary() + " (source: " + e.source() + (e.period() == null ? "" : "; period " + e.period())
					+ (e.geography() == null ? "" : "; " + e.geography()) + ") [" + String.join(", ", e.ruleIds()) + "]");
		}
		if (!why.notes().isEmpty()) {
			out.heading("Notes");
			why.notes().forEach(out::item);
		}
		return out.toString();
	}

	private static void score(Out out, Why why) {
		out.heading(String.format(Locale.ROOT, "Score %.3f, by driver type (weight x strength = contribution)", why.score()));
		if (out.md) {
			out.raw("| Driver type | Weight | Strength | Contribution |" + NL + "|---|---|---|---|" + NL);
		}
		for (DriverScore part : why.scoreBreakdown()) {
			if (out.md) {
				out.raw(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.3f |%n", part.driver().label(), part.weight(),
						part.strength(), part.points()));
			}
			else {
				out.line(String.format(Locale.ROOT, "  %-28s %.2f x %.2f = %.3f", part.driver().label(), part.weight(),
						part.strength(), part.points()));
			}
		}
	}

	private static void route(Out out, Route route) {
		out.item("[" + route.ruleId() + "] " + route.rule() + " -> " + route.outcome() + (route.open() ? "" : ": not open"));
		route.conditions().forEach(c -> condition(out, c, 1));
	}

	private static void condition(Out out, Condition c, int depth) {
		String rule = c.ruleId() == null ? "" : " [" + c.ruleId() + "]";
		out.nested(depth, (c.met() ? "met      " : "NOT MET  ") + c.text() + rule);
		c.because().forEach(b -> condition(out, b, depth + 1));
	}

	private static void flips(Out out, Flips flips, String scenarioArg) {
		out.heading("Smallest change that flips it");
		out.line(flips.summary());
		Flip smallest = flips.smallest();
		if (smallest != null) {
			flip(out, smallest, scenarioArg);
			if (!flips.nearest().isEmpty()) {
				out.line("Next nearest flips:");
				for (Flip next : flips.nearest()) {
					out.item("(size " + next.size() + ") " + next.sentence() + " Then decided by " + refs(next.decidedBy()) + ".");
					out.detail("--change " + String.join(" --change ", next.changes().stream().map(WhyReport::compact).toList()));
				}
			}
		}
		if (flips.robust() && !flips.nearMisses().isEmpty()) {
			out.line("Changes that take a deciding rule away while another keeps the outcome:");
			for (NearMiss miss : flips.nearMisses()) {
				out.item(miss.line() + ": " + String.join(", ", miss.lost()) + " no longer decides; still decided by "
						+ String.join(", ", miss.stillDecidedBy()));
			}
		}
		out.line("Tried " + Phrases.plural(flips.tried(), "single change", "single changes")
				+ (flips.pairsTried() > 0 ? " and " + Phrases.plural(flips.pairsTried(), "pair", "pairs") : "")
				+ " with the engine, smallest first.");
		out.line(flips.sizeOrder());
	}

	private static void flip(Out out, Flip flip, String scenarioArg) {
		out.line("Size " + flip.size() + ": " + flip.outcomeLabel() + (flip.within() == null ? "" : " (" + flip.within() + ")")
				+ ", then decided by " + refs(flip.decidedBy()) + ".");
		flip.lines().forEach(line -> out.item("change: " + line));
		if (scenarioArg != null) {
			out.code("./csa whatif " + scenarioArg + " " + String.join(" ",
					flip.changes().stream().map(c -> "--change " + quoted(compact(c))).toList()));
		}
	}

	private static String refs(List<RuleRef> refs) {
		return String.join(", ", refs.stream().map(r -> "[" + r.ruleId() + "] " + r.rule()).toList());
	}

	static String compact(JsonNode change) {
		return change.toString();
	}

	/** A shell word in single quotes, whatever it holds. */
	private static String quoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	/** Text and Markdown differ only in how headings, lists and commands are marked. */
	private static final class Out {

		private final StringBuilder text = new StringBuilder();

		private final boolean md;

		Out(boolean md) {
			this.md = md;
		}

		void title(String title) {
			text.append(md ? "## " + title : title).append(NL);
		}

		void heading(String heading) {
			text.append(NL).append(md ? "### " + heading + NL : heading + NL);
		}

		void line(String line) {
			text.append(md ? line + NL + NL : line + NL);
		}

		void item(String item) {
			text.append(md ? "- " : "  - ").append(item).append(NL);
		}

		void detail(String detail) {
			text.append(md ? "  " : "      ").append(detail).append(NL);
		}

		void nested(int depth, String line) {
			text.append(md ? "  ".repeat(depth) + "- " : "    " + "  ".repeat(depth)).append(line).append(NL);
		}

		void code(String command) {
			text.append(md ? NL + "```" + NL + command + NL + "```" + NL : "  Reproduce: " + command + NL);
		}

		void raw(String raw) {
			text.append(raw);
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
