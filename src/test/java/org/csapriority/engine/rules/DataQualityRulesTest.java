package org.csapriority.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.engine.rules.RuleVerifier.given;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;
import org.csapriority.engine.fact.ComparedFigures;
import org.csapriority.engine.fact.ComparedFigures.Side;
import org.csapriority.engine.fact.EvidenceSources;
import org.csapriority.engine.fact.Provenance;
import org.csapriority.engine.fact.QualityFinding;
import org.csapriority.engine.fact.ReportedChange;
import org.csapriority.engine.fact.Severity;
import org.csapriority.scenario.ChangeBase;
import org.csapriority.scenario.ChangeUnit;
import org.csapriority.scenario.FigureStatus;
import org.csapriority.scenario.PeriodKind;
import org.csapriority.scenario.Source;

/**
 * rules/data-quality.drl: a stated change its own figures do not give, figures compared across areas,
 * kinds of period or provisional and final status, parts that do not make up their total, and evidence
 * with no source. Tolerances are read from the policy, so each boundary is tested on both sides of it.
 */
class DataQualityRulesTest {

	private static final Source SOURCE = new Source("doc", "L1", null);

	private static final double CHANGE_TOLERANCE = TestRules.rules().policy().threshold("quality.change-tolerance");

	private static final double COUNT_TOLERANCE = TestRules.rules().policy().threshold("quality.count-tolerance");

	private static final double PARTS_TOLERANCE = TestRules.rules().policy().threshold("quality.parts-tolerance");

	// ---- a stated change against the figures ----------------------------------------------------------

	@Test
	void percentStatedOnTheLaterFigureIsFlaggedWithTheBaseThatGivesIt() {
		RuleVerifier v = given(percent("5.68", null, 3931, 4168));
		assertThat(v.ruleIds()).containsExactly("DQ-001");
		QualityFinding finding = only(v);
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.kind()).isEqualTo("stated-change");
		assertThat(finding.issues()).containsExactly("item");
		assertThat(finding.message()).contains("states +5.68% from 2020 to 2021", "3,931 to 4,168 is +237",
				"+6.03% on the earlier figure", "5.68% is 237 of the later figure, 4,168 (+5.69%)",
				"measured the change against the later figure");
	}

	@Test
	void percentTheFiguresGiveIsNotFlagged() {
		assertThat(given(percent("6.03", null, 3931, 4168)).ruleIds()).isEmpty();
		assertThat(given(percent("6.0", null, 3931, 4168)).ruleIds()).isEmpty();
	}

	@Test
	void theToleranceIsThePolicysBeyondTheRoundingOfTheStatedFigure() {
		double exact = (4168.0 - 3931) / 3931 * 100;
		// written to two decimals, the stated figure stands for anything within 0.005 of itself
		double inside = exact + 0.005 + CHANGE_TOLERANCE * 0.5;
		double outside = exact + 0.005 + CHANGE_TOLERANCE * 1.5;
		assertThat(given(percent(twoDecimals(inside), null, 3931, 4168)).ruleIds()).isEmpty();
		assertThat(given(percent(twoDecimals(outside), null, 3931, 4168)).ruleIds()).containsExactly("DQ-001");
	}

	@Test
	void aWholePerCentIsHeldOnlyToTheNearestOne() {
		// 200 to 251 is +25.5%: "26" covers it, "26.0" (written to a tenth) does not
		assertThat(given(percent("26", null, 200, 251)).ruleIds()).isEmpty();
		assertThat(given(percent("26.0", null, 200, 251)).ruleIds()).containsExactly("DQ-001");
	}

	@Test
	void aBaseTheSourceStatesIsTheOneChecked() {
		assertThat(given(percent("5.69", ChangeBase.CURRENT, 3931, 4168)).ruleIds()).isEmpty();
		RuleVerifier v = given(percent("6.03", ChangeBase.CURRENT, 3931, 4168));
		assertThat(v.ruleIds()).containsExactly("DQ-001");
		assertThat(only(v).message()).contains("+5.69% on the later figure", "6.03% is 237 of the earlier figure, 3,931",
				"against the earlier figure");
	}

	@Test
	void aStatedFallWhereTheFiguresRiseSaysSoAndThatNeitherBaseGivesIt() {
		RuleVerifier v = given(percent("-2.8", null, 698, 721));
		assertThat(v.ruleIds()).containsExactly("DQ-001");
		assertThat(only(v).message()).contains("states -2.8%", "+3.30% on the earlier figure",
				"Against the later figure, 721, it is +3.19%", "neither figure gives the stated change",
				"the figures rise where the source says they fall");
	}

	@Test
	void noPerCentCanBeReadFromAZeroEarlierFigure() {
		RuleVerifier v = given(percent("100", null, 0, 12));
		assertThat(v.ruleIds()).containsExactly("DQ-001");
		assertThat(only(v).message()).contains("no change in per cent can be read against a figure of 0");
	}

	@Test
	void aNumberTheFiguresDoNotGiveIsFlaggedAndOneTheyGiveIsNot() {
		assertThat(given(count("237", 3931, 4168)).ruleIds()).isEmpty();
		RuleVerifier v = given(count("250", 3931, 4168));
		assertThat(v.ruleIds()).containsExactly("DQ-002");
		assertThat(only(v).message()).contains("states +250 from 2020 to 2021", "3,931 to 4,168 is +237");
		// the count tolerance is a share of the figures' own change
		long within = Math.round(237 * (1 + COUNT_TOLERANCE * 0.5));
		long beyond = (long) Math.ceil(237 * (1 + COUNT_TOLERANCE * 1.5)) + 1;
		assertThat(given(count(Long.toString(within), 3931, 4168)).ruleIds()).isEmpty();
		assertThat(given(count(Long.toString(beyond), 3931, 4168)).ruleIds()).containsExactly("DQ-002");
	}

	@Test
	void aPercentRuleNeverReadsACountAndTheOtherWayRound() {
		// 237 is far from +6.03 and 6.03 far from +237, yet each is checked only against its own unit
		assertThat(given(count("6.03", 3931, 4168)).ruleIds()).containsExactly("DQ-002");
		assertThat(given(percent("237", null, 3931, 4168)).ruleIds()).containsExactly("DQ-001");
	}

	// ---- comparisons ----------------------------------------------------------------------------------

	@Test
	void figuresForDifferentAreasAreFlaggedAsACaution() {
		RuleVerifier v = given(figures(side("2022/23", 900, "Northshire and Eastport", null, null),
				side("2023/24", 700, "Northshire (excluding Eastport)", null, null)));
		assertThat(v.ruleIds()).containsExactly("DQ-003");
		QualityFinding finding = only(v);
		assertThat(finding.severity()).isEqualTo(Severity.CAUTION);
		assertThat(finding.kind()).isEqualTo("mixed-geography");
		assertThat(finding.message()).contains("different areas", "2022/23, 900 (Northshire and Eastport)",
				"2023/24, 700 (Northshire (excluding Eastport))");
	}

	@Test
	void anAreaWrittenWithOtherCaseOrBracketsIsTheSameArea() {
		assertThat(given(figures(side("2022/23", 900, "Northshire (excluding Eastport)", null, null),
				side("2023/24", 700, "northshire excluding eastport", null, null))).ruleIds()).isEmpty();
	}

	@Test
	void aTotalForAWiderAreaThanItsPartsSaysHowFarApartTheyAre() {
		RuleVerifier v = given(totalAndParts(1000, "Northshire and Eastport", 800, "Northshire", null));
		assertThat(v.ruleIds()).containsExactly("DQ-003");
		assertThat(only(v).message()).contains("the total, 1,000 (Northshire and Eastport)",
				"its parts, North and South, which sum to 800 (Northshire)", "200 apart (20.0% of the total)");
	}

	@Test
	void figuresOverDifferentKindsOfPeriodAreFlagged() {
		RuleVerifier v = given(figures(side("2023", 580, "Northshire", PeriodKind.CALENDAR_YEAR, null),
				side("2023/24", 600, "Northshire", PeriodKind.FINANCIAL_YEAR, null)));
		assertThat(v.ruleIds()).containsExactly("DQ-004");
		assertThat(only(v).message()).contains("2023, 580 (calendar year)", "2023/24, 600 (financial year)");
	}

	@Test
	void aKindOfPeriodNotGivenIsNotTakenForADifferentOne() {
		assertThat(given(figures(side("2023", 580, "Northshire", PeriodKind.CALENDAR_YEAR, null),
				side("2024", 600, "Northshire", null, null))).ruleIds()).isEmpty();
	}

	@Test
	void aProvisionalFigureBesideOneNotMarkedProvisionalIsFlagged() {
		RuleVerifier v = given(figures(side("2020", 3931, "Northshire", null, null),
				side("2021", 4168, "Northshire", null, FigureStatus.PROVISIONAL)));
		assertThat(v.ruleIds()).containsExactly("DQ-005");
		assertThat(only(v).message()).contains("2020, 3,931 (not marked provisional, so read as final)",
				"2021, 4,168 (provisional)");
		assertThat(given(figures(side("2020", 3931, "Northshire", null, FigureStatus.PROVISIONAL),
				side("2021", 4168, "Northshire", null, FigureStatus.PROVISIONAL))).ruleIds()).isEmpty();
		assertThat(given(figures(side("2020", 3931, "Northshire", null, FigureStatus.FINAL),
				side("2021", 4168, "Northshire", null, null))).ruleIds()).isEmpty();
	}

	@Test
	void partsThatDoNotMakeUpTheirTotalInTheSameAreaAreAWarning() {
		RuleVerifier v = given(totalAndParts(1000, "Northshire", 900, "Northshire", null));
		assertThat(v.ruleIds()).containsExactly("DQ-006");
		QualityFinding finding = only(v);
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.kind()).isEqualTo("parts-and-total");
		assertThat(finding.message()).contains("its parts, North and South, sum to 900, but the total is 1,000",
				"100 apart (10.0% of the total)", "both cover Northshire");
	}

	@Test
	void partsWithinThePolicyShareOfTheTotalAddUp() {
		double within = 1000 * (1 - PARTS_TOLERANCE * 0.5);
		double beyond = 1000 * (1 - PARTS_TOLERANCE * 1.5);
		assertThat(given(totalAndParts(1000, "Northshire", within, "Northshire", null)).ruleIds()).isEmpty();
		assertThat(given(totalAndParts(1000, "Northshire", beyond, "Northshire", null)).ruleIds()).containsExactly("DQ-006");
	}

	@Test
	void partsOverAnotherKindOfPeriodAreNotAddedUpAgainstTheTotal() {
		RuleVerifier v = given(totalAndParts(1000, "Northshire", 900, "Northshire", PeriodKind.CALENDAR_YEAR));
		assertThat(v.ruleIds()).containsExactly("DQ-004");
	}

	// ---- provenance -----------------------------------------------------------------------------------

	@Test
	void evidenceWithNoSourceIsAWarningAndEvidenceWithOneIsNot() {
		RuleVerifier v = given(sources(new Provenance("h1", "horizon item", "A new strategy", null, List.of(), List.of("item")),
				new Provenance("h2", "horizon item", "A new law", SOURCE, List.of(), List.of("item"))));
		assertThat(v.ruleIds()).containsExactly("DQ-007");
		QualityFinding finding = only(v);
		assertThat(finding.evidenceId()).isEqualTo("h1");
		assertThat(finding.kind()).isEqualTo("no-source");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message()).startsWith("The horizon item 'A new strategy' (h1) has no source");
		assertThat(given(sources(new Provenance("h2", "horizon item", "A new law", SOURCE, List.of(), List.of("item"))))
			.ruleIds()).isEmpty();
	}

	@Test
	void everyItemWithoutASourceIsFlaggedOnItsOwn() {
		RuleVerifier v = given(sources(new Provenance("a", "district count", "Roads", null, List.of(), List.of()),
				new Provenance("b", "community view", "Survey", null, List.of(), List.of())));
		assertThat(v.facts()).filteredOn(QualityFinding.class::isInstance).extracting(f -> ((QualityFinding) f).evidenceId())
			.containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void aSeriesWithoutASourceNamesTheFiguresThatGiveNone() {
		RuleVerifier v = given(sources(new Provenance("s1", "crime series", "Offences", null, List.of("2022", "2023"), List.of())));
		assertThat(only(v).message()).contains("The crime series 'Offences' (s1) has no source, nor do its figures for 2022, 2023");
	}

	@Test
	void oneComparisonCanRaiseSeveralFlagsEachByItsOwnRule() {
		RuleVerifier v = given(figures(side("2020", 3931, "Northshire", PeriodKind.CALENDAR_YEAR, null),
				side("2020/21", 4168, "Northshire and Eastport", PeriodKind.FINANCIAL_YEAR, FigureStatus.PROVISIONAL)));
		assertThat(v.ruleIds()).containsExactly("DQ-003", "DQ-004", "DQ-005");
	}

	// ---- the smallest facts that tell each story -------------------------------------------------------

	private static EvidenceSources sources(Provenance... items) {
		return new EvidenceSources(List.of(items));
	}

	private static ReportedChange percent(String stated, ChangeBase base, double from, double to) {
		return new ReportedChange("s1", "Casualties", new BigDecimal(stated), ChangeUnit.PERCENT, base, "2020", from, "2021",
				to, null, SOURCE, List.of("item"));
	}

	private static ReportedChange count(String stated, double from, double to) {
		return new ReportedChange("s1", "Casualties", new BigDecimal(stated), ChangeUnit.COUNT, null, "2020", from, "2021", to,
				null, SOURCE, List.of("item"));
	}

	private static Side side(String label, double value, String geography, PeriodKind kind, FigureStatus status) {
		return new Side(label, value, geography, kind, status);
	}

	private static ComparedFigures figures(Side... sides) {
		return new ComparedFigures("c1", "comparison", "Offences", List.of(sides), false, SOURCE, List.of("item"));
	}

	private static ComparedFigures totalAndParts(double total, String totalArea, double sum, String partsArea,
			PeriodKind partsKind) {
		return new ComparedFigures("c1", "comparison", "Offences", List.of(side("All offences", total, totalArea,
				PeriodKind.FINANCIAL_YEAR, null), side("North and South", sum, partsArea,
						partsKind == null ? PeriodKind.FINANCIAL_YEAR : partsKind, null)), true, SOURCE, List.of("item"));
	}

	private static String twoDecimals(double value) {
		return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static QualityFinding only(RuleVerifier v) {
		List<QualityFinding> findings = v.facts().stream().filter(QualityFinding.class::isInstance)
			.map(QualityFinding.class::cast).toList();
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}
}
