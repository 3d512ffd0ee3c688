package org.csapriority.engine.fact;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.csapriority.scenario.FigureStatus;
import org.csapriority.scenario.PeriodKind;
import org.csapriority.scenario.Source;

/**
 * Figures a source sets side by side: the points of a series, one figure against another, or a total
 * against the sum of its parts ({@code totalAndParts}: the first side is the total, the second the sum).
 * Each side says what area, kind of period and status it has, so the rules can tell a like-for-like
 * comparison from one that is not.
 */
public record ComparedFigures(String evidenceId, String kind, String measure, List<Side> sides, boolean totalAndParts,
		Source source, List<String> issues) implements QualitySubject {

	/**
	 * One side as published; for a total's parts, {@code label} names them and {@code value} is their sum.
	 * {@code periodKind} and {@code status} are null where the source does not say.
	 */
	public record Side(String label, double value, String geography, PeriodKind periodKind, FigureStatus status) {
	}

	public ComparedFigures {
		sides = List.copyOf(sides);
	}

	/** How many areas the sides cover; case, brackets and punctuation do not make a different area. */
	public int geographyCount() {
		return (int) sides.stream().map(s -> area(s.geography())).distinct().count();
	}

	/** How many kinds of period the sides that name one cover. */
	public int periodKindCount() {
		return (int) sides.stream().map(Side::periodKind).filter(Objects::nonNull).distinct().count();
	}

	/** A provisional figure beside one not marked provisional, which is read as final. */
	public boolean mixesProvisional() {
		return sides.stream().anyMatch(s -> s.status() == FigureStatus.PROVISIONAL)
				&& sides.stream().anyMatch(s -> s.status() != FigureStatus.PROVISIONAL);
	}

	/** How far the parts' sum lies from the total, as a share of the total; 0 for other comparisons. */
	public double partsGapShare() {
		if (!totalAndParts) {
			return 0;
		}
		double total = sides.get(0).value();
		double gap = Math.abs(total - sides.get(1).value());
		return gap == 0 ? 0 : total == 0 ? Double.POSITIVE_INFINITY : gap / total;
	}

	public String geographyMessage() {
		if (totalAndParts) {
			Side total = sides.get(0);
			Side parts = sides.get(1);
			return measure + ": the total, " + NumberText.number(total.value()) + " (" + total.geography()
					+ "), is set against its parts, " + parts.label() + ", which sum to " + NumberText.number(parts.value())
					+ " (" + parts.geography() + "): they cover different areas" + gap() + ".";
		}
		return measure + ": compares figures for different areas: " + list(Side::geography) + ".";
	}

	public String periodMessage() {
		return measure + ": compares figures over different kinds of period: "
				+ list(s -> s.periodKind() == null ? "kind of period not given" : s.periodKind().label()) + ".";
	}

	public String statusMessage() {
		return measure + ": sets provisional figures against final ones: "
				+ list(s -> s.status() == FigureStatus.PROVISIONAL ? "provisional"
						: s.status() == FigureStatus.FINAL ? "final" : "not marked provisional, so read as final")
				+ ".";
	}

	public String partsMessage() {
		Side total = sides.get(0);
		Side parts = sides.get(1);
		return measure + ": its parts, " + parts.label() + ", sum to " + NumberText.number(parts.value()) + ", but the total is "
				+ NumberText.number(total.value()) + gap() + ", although both cover " + total.geography() + ".";
	}

	private String gap() {
		double gap = sides.get(0).value() - sides.get(1).value();
		if (gap == 0) {
			return "";
		}
		return "; they are " + NumberText.number(Math.abs(gap)) + " apart"
				+ (sides.get(0).value() == 0 ? "" : " (" + NumberText.share(Math.abs(gap) / sides.get(0).value()) + " of the total)");
	}

	private String list(Function<Side, String> attribute) {
		return NumberText.and(sides.stream()
			.map(s -> s.label() + ", " + NumberText.number(s.value()) + " (" + attribute.apply(s) + ")").toList());
	}

	/** Lower case, "&" read as "and", every run of other characters one space: "Kent (excl Medway)" is "kent excl medway". */
	private static String area(String geography) {
		if (geography == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(geography.length());
		boolean gap = false;
		for (char c : geography.toLowerCase(Locale.ROOT).toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				out.append(gap && out.length() > 0 ? " " : "").append(c);
				gap = false;
			}
			else if (c == '&') {
				out.append(out.length() > 0 ? " and" : "and");
				gap = true;
			}
			else {
				gap = true;
			}
		}
		return out.toString();
	}
}
