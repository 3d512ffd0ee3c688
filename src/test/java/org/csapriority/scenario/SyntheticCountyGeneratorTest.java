package org.csapriority.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.csapriority.TestRules;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.fact.Outcome;

/**
 * Synthetic counties of any size are whole, valid scenarios, the same for the same seed, and give the rules real
 * work: every candidate is assessed and the outcomes are mixed, each reached by its own rule.
 */
class SyntheticCountyGeneratorTest {

	@ParameterizedTest
	@CsvSource({ "12, 15", "50, 30", "300, 60", "3, 20" })
	void hasTheSizesAskedForWithEveryKindOfEvidence(int districts, int issues) {
		Scenario county = SyntheticCounty.of(districts, issues, 42);

		assertThat(county.districts()).hasSize(districts).doesNotHaveDuplicates();
		assertThat(county.taxonomy().issues()).hasSize(issues);
		assertThat(county.taxonomy().priorityAreas().size() + county.taxonomy().crossCuttingThemes().size()).isEqualTo(issues);
		assertThat(county.districtAssessments().perDistrict()).extracting(DistrictAssessment::district)
			.containsExactlyElementsOf(county.districts());
		assertThat(county.threatRiskHarm().scored()).isNotEmpty()
			.allSatisfy(score -> assertThat(score.harm()).containsOnlyKeys("physical", "psychological", "financial",
					"community", "vulnerability"));
		assertThat(county.scoringScheme().confidenceLevels()).extracting(ConfidenceLevel::id)
			.containsExactly("high", "medium", "low");
		assertThat(county.horizonScanning()).isNotEmpty();
		assertThat(county.policeAndCrimePlan().priorities()).isNotEmpty();
		assertThat(county.statutoryDuties()).extracting(StatutoryDuty::bearer)
			.contains(DutyBearer.PARTNERSHIP, DutyBearer.EACH_AUTHORITY, DutyBearer.COUNCIL);
		assertThat(county.previousOutcome().priorities()).isNotEmpty();
		assertThat(county.taxonomy().strategicAims()).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void districtsNameDifferentSubsetsOfTheIssues() {
		Scenario county = SyntheticCounty.of(50, 30, 42);

		Set<Integer> sizes = county.districtAssessments().perDistrict().stream().map(d -> d.named().size())
			.collect(Collectors.toSet());
		Set<Set<String>> subsets = county.districtAssessments().perDistrict().stream()
			.map(d -> d.named().stream().map(NamedIssue::issue).collect(Collectors.toSet())).collect(Collectors.toSet());
		assertThat(sizes).hasSizeGreaterThan(3).allSatisfy(size -> assertThat(size).isLessThan(30));
		assertThat(subsets).hasSizeGreaterThan(40);
		assertThat(county.districtAssessments().perDistrict()).flatExtracting(DistrictAssessment::named)
			.extracting(NamedIssue::level).contains(IdentificationLevel.values());
	}

	@Test
	void theSameSeedGivesTheSameCountyAndAnotherSeedAnother() {
		assertThat(SyntheticCounty.tree(50, 30, 7)).isEqualTo(SyntheticCounty.tree(50, 30, 7));
		assertThat(SyntheticCounty.of(50, 30, 7)).isEqualTo(SyntheticCounty.of(50, 30, 7));
		assertThat(SyntheticCounty.of(50, 30, 8)).isNotEqualTo(SyntheticCounty.of(50, 30, 7));
	}

	@Test
	void readsBackFromAFileAsTheSameScenario(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("county.yaml");
		Files.writeString(file, new ObjectMapper(new YAMLFactory()).writeValueAsString(SyntheticCounty.tree(12, 15, 3)));

		assertThat(new ScenarioLoader().load(file)).isEqualTo(SyntheticCounty.of(12, 15, 3));
	}

	@Test
	void refusesACountyWithNothingInIt() {
		assertThatThrownBy(() -> SyntheticCounty.of(0, 15, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SyntheticCounty.of(12, 0, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "12, 15, 1", "12, 15, 2", "50, 30, 42", "300, 60, 42" })
	void assessingItGivesEveryIssueAnOutcomeAndAMixOfThem(int districts, int issues, long seed) {
		Assessment assessment = AssessmentEngine.assess(SyntheticCounty.of(districts, issues, seed), TestRules.rules());

		assertThat(assessment.recommendations()).hasSize(issues);
		assertThat(assessment.recommendations()).extracting(Recommendation::outcome).contains(Outcome.FOCUS_AREA,
				Outcome.WITHIN_PRIORITY, Outcome.REVIEW, Outcome.WATCH_LIST, Outcome.NOT_PRIORITISED);
		assertThat(assessment.rulesFired()).contains("DEC-001", "DEC-002", "DEC-003", "DEC-004", "DEC-005", "DEC-006",
				"DEC-007", "DEC-008", "DEC-010", "DEC-011", "DEC-012", "DEC-013", "TRH-001", "TRH-003", "STAT-002", "AIM-001");
		assertThat(assessment.compliance().duties()).isNotEmpty();
		assertThat(assessment.dataQuality()).isNotEmpty();
	}

	@Test
	void eachOutcomeIsReachedByTheRuleBuiltForIt() {
		Assessment assessment = AssessmentEngine.assess(SyntheticCounty.of(50, 30, 42), TestRules.rules());

		assertThat(decidingRules(assessment, Outcome.REVIEW)).containsOnly("DEC-010");
		assertThat(decidingRules(assessment, Outcome.WATCH_LIST)).containsOnly("DEC-011");
		assertThat(decidingRules(assessment, Outcome.WITHIN_PRIORITY)).containsOnly("DEC-012");
		assertThat(decidingRules(assessment, Outcome.NOT_PRIORITISED)).isSubsetOf("DEC-013", "DEC-014");
	}

	private static List<String> decidingRules(Assessment assessment, Outcome outcome) {
		return assessment.recommendations().stream().filter(r -> r.outcome() == outcome)
			.map(r -> r.justifications().get(0).ruleId()).toList();
	}
}
