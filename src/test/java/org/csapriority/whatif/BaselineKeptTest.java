package org.csapriority.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.TestRules;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.ScenarioLoader;

/** The baseline's assessment is reused only while the same rules are asked for and its files are unchanged. */
class BaselineKeptTest {

	@Test
	void theBaselineIsAssessedOncePerRulesAndFiles(@TempDir Path dir) throws Exception {
		Path scenario = dir.resolve("scenario.yaml");
		Files.copy(Path.of("src/test/resources/bad/fixtures/minimal-valid.yaml"), scenario);
		WhatIfService service = new WhatIfService(new ScenarioLoader());
		RuleBase rules = TestRules.rules();

		WhatIfResult first = service.run(scenario, List.of(), rules);
		assertThat(service.run(scenario, List.of(), rules).baseline()).isSameAs(first.baseline());

		RuleBase reloaded = rules.withPolicy(rules.policy());
		WhatIfResult underOtherRules = service.run(scenario, List.of(), reloaded);
		assertThat(underOtherRules.baseline()).isNotSameAs(first.baseline()).isEqualTo(first.baseline());

		Files.setLastModifiedTime(scenario, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(service.run(scenario, List.of(), reloaded).baseline()).isNotSameAs(underOtherRules.baseline());
	}
}
