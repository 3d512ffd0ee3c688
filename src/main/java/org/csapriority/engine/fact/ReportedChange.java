package org.csapriority.engine.fact;

import java.math.BigDecimal;
import java.util.List;

import org.csapriority.scenario.ChangeBase;
import org.csapriority.scenario.ChangeUnit;
import org.csapriority.scenario.Source;

/**
 * A change a source states between two of its own figures, with both figures, so the rules can check
 * the one against the others. {@code stated} keeps the precision it was written with: a figure given to
 * two decimals is held to them, a whole per cent only to the nearest one.
 */
public record ReportedChange(String evidenceId, String measure, BigDecimal stated, ChangeUnit unit, ChangeBase base,
		String fromPeriod, double from, String toPeriod, double to, String text, Source source,
		List<String> issues) implements QualitySubject {

	public double difference() {
		return to - from;
	}

	/** The change in per cent of the earlier figure; null when that figure is zero. */
	public Double onPrevious() {
		return from == 0 ? null : difference() / from * 100;
	}

	/** The change in per cent of the later figure; null when that figure is zero. */
	public Double onCurrent() {
		return to == 0 ? null : difference() / to * 100;
	}

	/** Half a unit in the last place the stated figure is written to. */
	public double rounding() {
		return 0.5 * Math.pow(10, -Math.max(stated.scale(), 0));
	}

	/** Percentage points between the stated change and the one on the stated base, beyond the stated figure's rounding. */
	public double percentDiscrepancy() {
		return beyondRounding(base == ChangeBase.CURRENT ? onCurrent() : onPrevious());
	}

	/** How far the stated number lies from the figures' own change, beyond its rounding, as a share of that change. */
	public double countDiscrepancy() {
		double gap = beyondRounding(difference());
		return gap == 0 ? 0 : difference() == 0 ? Double.POSITIVE_INFINITY : gap / Math.abs(difference());
	}

	public String percentMessage(double tolerance) {
		boolean onLater = base == ChangeBase.CURRENT;
		Double used = onLater ? onCurrent() : onPrevious();
		Double other = onLater ? onPrevious() : onCurrent();
		StringBuilder text = opening("%").append(", but ").append(NumberText.number(from)).append(" to ")
			.append(NumberText.number(to)).append(" is ").append(NumberText.signed(difference()));
		if (used == null) {
			text.append(", and no change in per cent can be read against a figure of 0");
		}
		else {
			text.append(", ").append(NumberText.percent(used)).append(" on the ").append(onLater ? "later" : "earlier")
				.append(" figure");
		}
		String otherFigure = (onLater ? "earlier" : "later") + " figure, " + NumberText.number(onLater ? from : to);
		if (other != null && beyondRounding(other) <= tolerance) {
			text.append(". ").append(stated.abs().toPlainString()).append("% is ").append(NumberText.number(Math.abs(difference())))
				.append(" of the ").append(otherFigure).append(" (").append(NumberText.percent(other))
				.append("): the source measured the change against the ").append(onLater ? "earlier" : "later").append(" figure");
		}
		else if (other != null) {
			text.append(". Against the ").append(otherFigure).append(", it is ").append(NumberText.percent(other))
				.append(": neither figure gives the stated change");
		}
		return direction(text).append('.').toString();
	}

	public String countMessage() {
		StringBuilder text = opening("").append(", but ").append(NumberText.number(from)).append(" to ")
			.append(NumberText.number(to)).append(" is ").append(NumberText.signed(difference()));
		return direction(text).append('.').toString();
	}

	private StringBuilder opening(String suffix) {
		StringBuilder text = new StringBuilder(measure).append(": the source states ")
			.append(stated.signum() > 0 ? "+" : "").append(stated.toPlainString()).append(suffix).append(" from ")
			.append(fromPeriod).append(" to ").append(toPeriod);
		if (this.text != null && !this.text.isBlank()) {
			text.append(" (\"").append(this.text.strip()).append("\")");
		}
		return text;
	}

	/** A stated rise the figures show as a fall is worse than a wrong base: say so. */
	private StringBuilder direction(StringBuilder text) {
		if (stated.signum() * Math.signum(difference()) < 0) {
			text.append("; the figures ").append(difference() > 0 ? "rise" : "fall").append(" where the source says they ")
				.append(stated.signum() > 0 ? "rise" : "fall");
		}
		return text;
	}

	private double beyondRounding(Double recomputed) {
		if (recomputed == null) {
			return Double.POSITIVE_INFINITY;
		}
		return Math.max(0, Math.abs(stated.doubleValue() - recomputed) - rounding());
	}
}
