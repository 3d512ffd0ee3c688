package org.csapriority.engine;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.CrimeTrend;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.scenario.CrimeSeries;
import org.csapriority.scenario.Observation;
import org.csapriority.scenario.Scenario;

/**
 * Fits the direction of travel of each crime series by least squares (Commons Math), relative to the
 * series mean so that series of different sizes compare.
 */
final class Trends {

	private Trends() {
	}

	static List<CrimeTrend> of(Candidate candidate, Scenario scenario) {
		List<CrimeTrend> trends = new ArrayList<>();
		for (CrimeSeries series : scenario.crimeRates()) {
			if (candidate.issues().contains(series.issue())) {
				trends.add(trend(candidate, series));
			}
		}
		return trends;
	}

	static CrimeTrend trend(Candidate candidate, CrimeSeries series) {
		List<Observation> points = series.series();
		Double relative = null;
		Double rSquared = null;
		StringBuilder detail = new StringBuilder(series.measure()).append(" (").append(series.geography()).append(")");
		if (points.size() >= 2) {
			SimpleRegression regression = new SimpleRegression();
			double sum = 0;
			for (int i = 0; i < points.size(); i++) {
				regression.addData(i, points.get(i).value());
				sum += points.get(i).value();
			}
			double mean = sum / points.size();
			relative = mean == 0 ? null : regression.getSlope() / mean;
			rSquared = points.size() > 2 ? regression.getRSquare() : null;
			Observation first = points.get(0);
			Observation last = points.get(points.size() - 1);
			detail.append(": ").append(number(first.value())).append(" in ").append(first.period()).append(" to ")
				.append(number(last.value())).append(" in ").append(last.period())
				.append(relative == null ? ", no trend (the figures average zero)"
						: String.format(", fitted trend %+.1f%% a period", relative * 100));
			if (!series.isComparable()) {
				detail.append(" (not comparable: ").append(series.comparabilityNote()).append(')');
			}
		}
		if (series.shareOfRecordedCrime() != null) {
			detail.append(points.size() >= 2 ? "; " : ": ").append(FactAssembler.percent(series.shareOfRecordedCrime()))
				.append(" of all recorded crime (").append(series.sharePeriod()).append(')');
		}
		String period = points.isEmpty() ? series.sharePeriod()
				: points.get(0).period() + " to " + points.get(points.size() - 1).period();
		return new CrimeTrend(candidate.id(), series.id(), points.size(), relative, rSquared, series.isComparable(),
				series.shareOfRecordedCrime(), detail.toString(),
				new Evidence(series.id(), "crime rate", detail.toString(), series.effectiveSource(), period, series.geography()));
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.format("%,d", (long) value) : String.format("%,.1f", value);
	}
}
