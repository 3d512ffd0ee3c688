package org.csapriority.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.TestRules;
import org.csapriority.engine.fact.Severity;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;

/**
 * The data-quality stage on whole scenarios: the flags the sources' own inconsistencies raise, every kind
 * of evidence flagged when it has no source, and no flag ever moving an outcome, a score or a finding.
 */
class DataQualityTest {

	private static final List<String> SCENARIOS = List.of("kent-2022-23.yaml", "kent-2026-27.yaml",
			"synthetic/riverdale-2025-26.yaml");

	private static Assessment kent2022;

	private static Assessment kent2026;

	@BeforeAll
	static void assess() {
		kent2022 = AssessmentEngine.assess(TestRules.scenario("kent-2022-23.yaml"), TestRules.rules());
		kent2026 = AssessmentEngine.assess(TestRules.scenario("kent-2026-27.yaml"), TestRules.rules());
	}

	/** "an approximate 5.68% increase" (8 June 2022 pack, L786) is 237 of 2021's 4,168, not of 2020's 3,931. */
	@Test
	void roadCasualtiesStatedChangeIsOnTheLaterYear() {
		DataQualityFlag flag = flag(kent2022, "cr-road-casualties", "DQ-001");
		assertThat(flag.severity()).isEqualTo(Severity.WARNING);
		assertThat(flag.items()).containsExactly("road-safety");
		assertThat(flag.message()).contains("+6.03% on the earlier figure", "5.68% is 237 of the later figure, 4,168");
		assertThat(flag.source().cite()).isEqualTo("scrutiny-2022-06 L786");
		assertThat(flag(kent2022, "cr-road-casualties", "DQ-005").message()).contains("2021, 4,168 (provisional)");
	}

	/** The same paragraph: "an increase ... of 23" in KSI casualties and "only a 2.8% drop in KSI". */
	@Test
	void killedOrSeriouslyInjuredStatedAsADropRose() {
		assertThat(flag(kent2022, "cmp-road-ksi-2021", "DQ-001").message())
			.contains("the figures rise where the source says they fall", "neither figure gives the stated change");
	}

	/** 33,511 VAWG offences in 13 districts (L745) against three divisions leaving Medway out (L749-751). */
	@Test
	void vawgTotalIncludingMedwayIsNotTheSumOfDivisionsExcludingIt() {
		DataQualityFlag flag = flag(kent2026, "cmp-vawg-divisions-2026", "DQ-003");
		assertThat(flag.severity()).isEqualTo(Severity.CAUTION);
		assertThat(flag.message()).contains("33,511", "which sum to 27,732", "5,779 apart");
		assertThat(kent2026.dataQuality()).noneMatch(f -> f.ruleId().equals("DQ-006"));
		assertThat(flag(kent2026, "cmp-vawg-north-2026", "DQ-001").message())
			.contains("8.7% is 632 of the later figure, 7,258");
	}

	@Test
	void theSyntheticCountyShowsTheOtherChecksOnItsOwnFigures() {
		Assessment riverdale = AssessmentEngine.assess(TestRules.scenario("synthetic/riverdale-2025-26.yaml"),
				TestRules.rules());
		assertThat(riverdale.dataQuality()).extracting(DataQualityFlag::ruleId)
			.containsExactlyInAnyOrder("DQ-002", "DQ-004", "DQ-006", "DQ-007");
		assertThat(flag(riverdale, "cv-2025-parish-hare-coursing", "DQ-007").source()).isNull();
	}

	@Test
	void evidenceOfEveryKindWithNoSourceIsAssessedAndFlagged() {
		Scenario scenario = new ScenarioLoader().load(Path.of("src/test/resources/quality/unsourced.yaml"));
		Assessment a = AssessmentEngine.assess(scenario, TestRules.rules());
		assertThat(a.dataQuality()).filteredOn(f -> f.ruleId().equals("DQ-007")).extracting(DataQualityFlag::evidence)
			.containsExactlyInAnyOrder("sa-Northtown", "count-Road safety", "band-most", "trh-rank-1", "hs-scooters",
					"pcp-roads", "duty-asb", "lead-roads", "cr-asb", "cv-asb", "cmp-asb");
		assertThat(flag(a, "cr-asb", "DQ-007").message()).contains("nor do its figures for 2022/23")
			.doesNotContain("2023/24");
		assertThat(a.recommendations()).isNotEmpty();
	}

	@Test
	void anItemsExplanationCarriesOnlyTheFlagsOnItsOwnEvidence() {
		Recommendation road = kent2022.recommendation("road-safety");
		Recommendation vawg = kent2022.recommendation("vawg");
		assertThat(ItemExplanation.of(kent2022, road).dataQuality()).isNotEmpty()
			.allSatisfy(f -> assertThat(f.items()).contains("road-safety"));
		assertThat(ItemExplanation.of(kent2022, vawg).dataQuality()).isEmpty();
	}

	@Test
	void warningsComeBeforeCautions() {
		for (Assessment a : List.of(kent2022, kent2026)) {
			List<Severity> order = a.dataQuality().stream().map(DataQualityFlag::severity).toList();
			assertThat(order).isSortedAccordingTo(Enum::compareTo).contains(Severity.WARNING, Severity.CAUTION);
		}
	}

	/**
	 * The same scenarios under the same rules without rules/data-quality.drl reach the same outcomes, ranks,
	 * scores, trails and compliance findings: the flags are reported and weigh nothing.
	 */
	@Test
	void flagsNeverMoveAnOutcomeAScoreOrAFinding(@TempDir Path dir) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().equals("data-quality.drl")) {
					Files.copy(file, dir.resolve(file.getFileName()));
				}
			}
		}
		RuleBase without = RuleBase.load(dir);
		for (String file : SCENARIOS) {
			Scenario scenario = TestRules.scenario(file);
			Assessment with = AssessmentEngine.assess(scenario, TestRules.rules());
			Assessment plain = AssessmentEngine.assess(scenario, without);
			assertThat(with.dataQuality()).as(file).isNotEmpty();
			assertThat(plain.dataQuality()).as(file).isEmpty();
			assertThat(outcomes(with)).as(file).isEqualTo(outcomes(plain));
			assertThat(findings(with)).as(file).isEqualTo(findings(plain));
			assertThat(aims(with)).as(file).isEqualTo(aims(plain));
			assertThat(with.dropped()).as(file).isEqualTo(plain.dropped());
		}
	}

	/** Everything of an item but the rule file's path, which differs between the two rule folders. */
	private static List<String> outcomes(Assessment a) {
		return a.recommendations().stream().map(r -> String.join("|", r.id(), r.outcome().id(), String.valueOf(r.within()),
				r.change().id(), String.valueOf(r.rank()), String.valueOf(r.score()), r.summary(),
				r.justifications().stream().map(j -> j.ruleId() + ":" + j.effect() + ":" + j.sentence() + ":" + j.evidence())
					.toList().toString()))
			.toList();
	}

	private static List<String> aims(Assessment a) {
		return a.aims().stream().map(aim -> String.join("|", aim.id(), aim.status(), aim.focusAreas().toString(),
				aim.supportingAreas().toString(), aim.keyDrivers().toString(), aim.otherDrivers().toString(),
				aim.notes().toString(), aim.justifications().stream().map(j -> j.ruleId() + ":" + j.sentence()).toList().toString()))
			.toList();
	}

	private static List<String> findings(Assessment a) {
		Stream<String> duties = a.compliance().duties().stream().map(d -> d.id() + ":" + d.finding() + ":" + d.items() + ":" + d.reason());
		Stream<String> plan = a.compliance().policeAndCrimePlan().stream()
			.map(p -> p.id() + ":" + p.finding() + ":" + p.items() + ":" + p.reason());
		return Stream.concat(duties, plan).toList();
	}

	private static DataQualityFlag flag(Assessment a, String evidence, String ruleId) {
		return a.dataQuality().stream().filter(f -> f.evidence().equals(evidence) && f.ruleId().equals(ruleId)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + ruleId + " flag on " + evidence + " among " + a.dataQuality()));
	}
}
