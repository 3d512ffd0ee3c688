package org.csapriority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.csapriority.engine.RuleInfo;

/** Every rule carries the metadata auditors read, with an id whose prefix names its file. */
class RuleCatalogueTest {

	private static final Map<String, String> PREFIX_BY_FILE = Map.ofEntries(Map.entry("district-assessments.drl", "SA-"),
			Map.entry("threat-risk-harm.drl", "TRH-"), Map.entry("horizon-scanning.drl", "HS-"),
			Map.entry("police-crime-plan.drl", "PCP-"), Map.entry("statutory-duties.drl", "STAT-"),
			Map.entry("county-arrangements.drl", "LEAD-"), Map.entry("crime-rates.drl", "CR-"),
			Map.entry("community-views.drl", "CV-"), Map.entry("decision.drl", "DEC-"), Map.entry("aims.drl", "AIM-"),
			Map.entry("compliance.drl", "COMP-"), Map.entry("data-quality.drl", "DQ-"));

	@Test
	void everyRuleHasAnIdPrefixedByItsFileAndAPlainDescription() {
		assertThat(TestRules.rules().catalogue()).isNotEmpty().allSatisfy(rule -> {
			String file = rule.file().substring(rule.file().lastIndexOf('/') + 1);
			assertThat(PREFIX_BY_FILE).as("rule file %s has a known prefix", file).containsKey(file);
			assertThat(rule.ruleId()).as(rule.name()).startsWith(PREFIX_BY_FILE.get(file));
			assertThat(rule.description()).as(rule.ruleId()).endsWith(".").hasSizeGreaterThan(30);
		});
	}

	@Test
	void ruleIdsAreUniqueAndEveryRuleFileIsLoaded() {
		assertThat(TestRules.rules().catalogue()).extracting(RuleInfo::ruleId).doesNotHaveDuplicates();
		assertThat(TestRules.rules().catalogue()).extracting(r -> r.file().substring(r.file().lastIndexOf('/') + 1))
			.containsAll(PREFIX_BY_FILE.keySet());
	}

	@Test
	void theReadmeRuleTableListsEveryRule() throws java.io.IOException {
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		assertThat(TestRules.rules().catalogue())
			.allSatisfy(rule -> assertThat(readme).contains("| " + rule.ruleId() + " | " + rule.name() + " |"));
	}

	@Test
	void rulesThatRestOnAPartnershipStatuteSayWhichOne() {
		assertThat(TestRules.rules().catalogue()).filteredOn(r -> r.ruleId().startsWith("PCP-") || r.ruleId().equals("SA-001"))
			.allSatisfy(r -> assertThat(r.statute()).isNotBlank());
	}
}
