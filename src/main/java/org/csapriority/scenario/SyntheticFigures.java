package org.csapriority.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;
import static org.csapriority.scenario.SyntheticJson.source;
import static org.csapriority.scenario.SyntheticJson.strings;
import static org.csapriority.scenario.SyntheticJson.twoPlaces;

/**
 * A synthetic county's numbers: recorded crime series, residents' views and the comparisons its papers make. Some
 * stated changes are wrong and some comparisons mix like with unlike, as real papers do, so the data-quality rules
 * have something to find; a rising trend or strong concern is given only where it cannot open a route by itself.
 */
final class SyntheticFigures {

	private static final List<String> YEARS = List.of("2020/21", "2021/22", "2022/23", "2023/24", "2024/25");

	private static final double RISING = 0.08;

	private final Random random;

	private final List<SyntheticIssue> issues;

	private final String county;

	private final int districts;

	SyntheticFigures(Random random, List<SyntheticIssue> issues, String county, int districts) {
		this.random = random;
		this.issues = issues;
		this.county = county;
		this.districts = districts;
	}

	ArrayNode crimeRates() {
		ArrayNode all = array();
		int largeShares = 0;
		for (SyntheticIssue issue : issues) {
			if (!issue.harm() || random.nextInt(10) >= chanceInTen(issue.role())) {
				continue;
			}
			ObjectNode series = series(issue, all.size() + 1);
			if (issue.role() == SyntheticRole.BROAD_PROBLEM && largeShares < 2) {
				largeShares++;
				series.put("shareOfRecordedCrime", twoPlaces(0.2 + random.nextDouble() * 0.15)).put("sharePeriod", "2024/25");
			}
			all.add(series);
		}
		return all;
	}

	private static int chanceInTen(SyntheticRole role) {
		return role == SyntheticRole.FADED ? 8 : role.adopted() ? 6 : 4;
	}

	private ObjectNode series(SyntheticIssue issue, int table) {
		int roll = random.nextInt(20);
		boolean comparable = roll >= 3;
		double slope;
		if (issue.role() == SyntheticRole.FADED) {
			slope = -(RISING + random.nextDouble() * 0.07);
		}
		else if (issue.role().adopted()) {
			slope = roll < 12 ? RISING + random.nextDouble() * 0.07 : (random.nextDouble() - 0.5) * 0.04;
		}
		else {
			slope = roll < 9 ? RISING + random.nextDouble() * 0.07 : roll < 15 ? -(RISING + random.nextDouble() * 0.07)
					: (random.nextDouble() - 0.5) * 0.04;
		}
		int points = 3 + random.nextInt(3);
		double base = (50 + random.nextInt(350)) * Math.max(1, districts / 12.0);
		ArrayNode values = array();
		double[] figures = new double[points];
		for (int t = 0; t < points; t++) {
			double noise = 1 + (random.nextDouble() - 0.5) * 0.02;
			figures[t] = Math.round(base * (1 + slope * (t - (points - 1) / 2.0)) * noise);
			values.add(object().put("period", YEARS.get(YEARS.size() - points + t)).put("value", figures[t]));
		}
		if (random.nextInt(4) == 0) {
			((ObjectNode) values.get(points - 1)).put("status", "provisional");
		}
		ObjectNode series = object().put("id", "cr-" + issue.id()).put("issue", issue.id())
			.put("measure", issue.name() + " offences recorded by " + county + " Police").put("unit", "offences")
			.put("geography", county).put("periodKind", "financial-year").<ObjectNode>set("series", values)
			.put("comparable", comparable);
		if (!comparable) {
			series.put("comparabilityNote", "The force changed how it records these offences in 2023");
		}
		else if (random.nextInt(4) == 0) {
			series.set("statedChange", statedChange(figures[points - 2], figures[points - 1]));
		}
		return series.set("source", source(SyntheticDocument.CRIME.id(), "table " + table));
	}

	/**
	 * The change the tables' commentary states, in per cent or in offences: right (to one decimal place), or now
	 * and then a few points or a few dozen offences out.
	 */
	private ObjectNode statedChange(double from, double to) {
		boolean right = random.nextInt(5) < 3;
		int sign = random.nextBoolean() ? 1 : -1;
		if (random.nextInt(3) == 0) {
			long stated = Math.round(to - from) + (right ? 0 : sign * (20 + random.nextInt(30)));
			return object().put("value", stated).put("unit", "count").put("text", "a change of " + stated
					+ " offences on the year before");
		}
		double actual = (to - from) / from * 100;
		double stated = right ? actual : actual + sign * (2 + random.nextInt(4));
		BigDecimal value = BigDecimal.valueOf(stated).setScale(1, RoundingMode.HALF_UP);
		return object().put("value", value).put("unit", "percent").put("text", "a change of " + value.toPlainString()
				+ "% on the year before");
	}

	/**
	 * Survey shares: strong concern for the problems whose route needs it and now and then for items the
	 * agreement takes up anyway; for the rest a share under the policy's level or a moderate concern. One view
	 * is reported at the workshop with no paper behind it.
	 */
	ArrayNode communityViews() {
		ArrayNode views = array();
		boolean unsourced = false;
		for (SyntheticIssue issue : issues) {
			SyntheticRole role = issue.role();
			ObjectNode view = object().put("id", "cv-" + issue.id()).<ObjectNode>set("issues", strings(List.of(issue.id())))
				.put("survey", county + " Residents' Community Safety Survey 2025")
				.put("measure", "respondents worried about " + SyntheticEvidence.lower(issue.name()));
			if (role == SyntheticRole.NATIONAL_AND_PUBLIC) {
				view.put("share", twoPlaces(0.32 + random.nextDouble() * 0.28));
			}
			else if (role.adopted() && random.nextInt(4) == 0) {
				if (random.nextBoolean()) {
					view.put("share", twoPlaces(0.32 + random.nextDouble() * 0.28));
				}
				else {
					view.put("survey", county + " Older People's Forum listening events").put("concern", "high");
				}
			}
			else if (!role.adopted() && role != SyntheticRole.EMERGING && random.nextInt(6) == 0) {
				if (random.nextBoolean()) {
					view.put("share", twoPlaces(0.05 + random.nextDouble() * 0.2));
				}
				else {
					view.put("concern", "moderate");
				}
			}
			else {
				continue;
			}
			view.put("period", "2025").put("geography", county);
			if (!unsourced && !role.adopted()) {
				unsourced = true;
				view.put("survey", "Parish and town councils' feedback at the January workshop");
			}
			else {
				view.set("source", source(SyntheticDocument.SURVEY.id(), "p. " + (views.size() + 3)));
			}
			views.add(view);
		}
		return views;
	}

	/**
	 * A total by policing area whose parts do not always add up, and a calendar year set beside a financial one,
	 * sometimes over a wider area.
	 */
	ArrayNode comparisons() {
		ArrayNode comparisons = array();
		List<SyntheticIssue> broad = SyntheticIssue.having(issues, SyntheticRole.BROAD_PROBLEM);
		SyntheticIssue first = broad.get(0);
		int total = 300 + random.nextInt(900) * Math.max(1, districts / 12);
		int north = total * 2 / 5;
		int central = total / 3;
		int coastal = total - north - central + (random.nextBoolean() ? total / 20 : 0);
		ArrayNode parts = array();
		parts.add(object().put("label", "Northern policing area").put("value", north));
		parts.add(object().put("label", "Central policing area").put("value", central));
		parts.add(object().put("label", "Coastal policing area").put("value", coastal));
		comparisons.add(object().put("id", "cmp-" + first.id() + "-by-area").<ObjectNode>set("issues", strings(List.of(first.id())))
			.put("measure", first.name() + " offences recorded by " + county + " Police")
			.<ObjectNode>set("total", figure(county, total, "2024/25", "financial-year"))
			.<ObjectNode>set("parts", object().put("geography", county).put("period", "2024/25").put("periodKind", "financial-year")
				.set("values", parts))
			.set("source", source(SyntheticDocument.CRIME.id(), "tables by policing area")));
		SyntheticIssue second = broad.get(broad.size() - 1);
		int calendar = 200 + random.nextInt(600);
		ArrayNode figures = array();
		figures.add(figure(county, calendar, "2024", "calendar-year"));
		String across = random.nextBoolean() ? county : county + " Police force area";
		figures.add(figure(across, calendar + random.nextInt(40) - 20, "2024/25", "financial-year"));
		comparisons.add(object().put("id", "cmp-" + second.id() + "-years").<ObjectNode>set("issues", strings(List.of(second.id())))
			.put("measure", second.name() + " incidents reported to the partnership").<ObjectNode>set("figures", figures)
			.set("source", source(SyntheticDocument.ASSESSMENT.id(), "section 4.2")));
		return comparisons;
	}

	private static ObjectNode figure(String geography, double value, String period, String kind) {
		return object().put("value", value).put("geography", geography).put("period", period).put("periodKind", kind);
	}
}
