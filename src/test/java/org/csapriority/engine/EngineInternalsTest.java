package org.csapriority.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.CrimeTrend;
import org.csapriority.scenario.CrimeSeries;
import org.csapriority.scenario.HarmScore;
import org.csapriority.scenario.IssueKind;
import org.csapriority.scenario.Observation;
import org.csapriority.scenario.ScoringScheme;
import org.csapriority.scenario.Source;

/** The arithmetic under the rules: MoRiLE-style scoring and the fitted direction of travel. */
class EngineInternalsTest {

	private final ScoringScheme scheme = TestRules.scenario("kent-2022-23.yaml").scoringScheme();

	@Test
	void topScoresOnEveryDimensionWithNoResponseNormaliseToOne() {
		HarmScore worst = new HarmScore("x", Map.of("physical", 4, "psychological", 4, "financial", 4, "community", 4,
				"vulnerability", 4), 4, "none", "high", null);
		assertThat(Harm.normalisedScore(worst, scheme)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void aStrongerOrganisationalPositionLowersThePriorityScore() {
		Map<String, Integer> harm = Map.of("physical", 3, "psychological", 3, "financial", 1, "community", 2,
				"vulnerability", 3);
		double limited = Harm.normalisedScore(new HarmScore("x", harm, 3, "limited", "high", null), scheme);
		double strong = Harm.normalisedScore(new HarmScore("x", harm, 3, "strong", "high", null), scheme);
		assertThat(strong).isLessThan(limited);
		assertThat(limited / strong).isCloseTo(1.5, within(1e-9));
	}

	@Test
	void trendIsTheLeastSquaresSlopeRelativeToTheMean() {
		Candidate c = new Candidate("x", "x", "priority-area", List.of("x"), IssueKind.HARM, null);
		CrimeSeries series = new CrimeSeries("s", "x", "offences", "count", "County", null,
				List.of(point("2021", 90.0), point("2022", 100.0), point("2023", 110.0)),
				null, null, true, null, null, new Source("doc", "L1", null));
		CrimeTrend trend = Trends.trend(c, series);
		assertThat(trend.relativeChange()).isCloseTo(0.1, within(1e-9));
		assertThat(trend.rSquared()).isCloseTo(1.0, within(1e-9));
		assertThat(trend.detail()).contains("+10.0% a period");
	}

	private static Observation point(String period, double value) {
		return new Observation(period, value, null, null, null, null);
	}
}
