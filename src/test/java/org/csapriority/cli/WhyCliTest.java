package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.csapriority.TestRules;

/** ./csa why as a user runs it: the account, its formats, the command it prints to reproduce a flip, and bad input. */
class WhyCliTest {

	@Test
	void whyPrintsTheScoreTheRulesWithTheirFileVersionsTheEvidenceAndTheSmallestFlip() {
		CliTest.Run run = CliTest.run("why", "scenarios/kent-2022-23.yaml", "Road Safety");
		assertThat(run.exitCode()).isZero();
		String decisionVersion = TestRules.rules().fileHashes().get("rules/decision.drl").substring(0, 12);
		assertThat(run.out()).contains("Road Safety (road-safety)", "Score 0.270, by driver type", "Why it holds",
				"Smallest change that flips it", "Rules that fired for it", "rules/decision.drl (version " + decisionVersion + ")",
				"Evidence", "source: scrutiny-2022-06", "Reproduce: ./csa whatif scenarios/kent-2022-23.yaml --change '");
	}

	@Test
	void theCommandPrintedToReproduceTheFlipMovesTheItemInWhatif() {
		CliTest.Run why = CliTest.run("why", "scenarios/kent-2022-23.yaml", "town-centres");
		Matcher line = Pattern.compile("Reproduce: \\./csa whatif (\\S+) (.*)").matcher(why.out());
		assertThat(line.find()).as(why.out()).isTrue();
		List<String> args = new ArrayList<>(List.of("whatif", line.group(1)));
		Matcher change = Pattern.compile("--change '([^']*)'").matcher(line.group(2));
		while (change.find()) {
			args.add("--change");
			args.add(change.group(1));
		}
		assertThat(args).hasSizeGreaterThan(2);
		CliTest.Run whatIf = CliTest.run(args.toArray(String[]::new));
		assertThat(whatIf.exitCode()).as(whatIf.err()).isZero();
		assertThat(whatIf.out()).contains("Town Centres moves from");
	}

	@Test
	void jsonHasTheRoutesNotOpenWithTheirShortfallsAndTheFlipAsChangesWhatifTakes() throws Exception {
		CliTest.Run run = CliTest.run("why", "scenarios/kent-2022-23.yaml", "Town Centres", "--format", "json");
		assertThat(run.exitCode()).isZero();
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertThat(json.path("selected").asBoolean()).isFalse();
		assertThat(json.path("whyNot")).isNotEmpty();
		assertThat(json.path("whyNot").toString()).contains("\"policyKey\":\"district.broad-share\"", "districts short");
		JsonNode smallest = json.path("flips").path("smallest");
		assertThat(smallest.path("changes").get(0).path("op").asText()).isNotBlank();
		assertThat(smallest.path("decidedBy").get(0).path("ruleId").asText()).matches("[A-Z]+-\\d{3}");
		assertThat(json.path("rulesFired").get(0).path("fileVersion").asText()).hasSize(12);
	}

	@Test
	void markdownHasHeadingsAndTheScoreAsATable() {
		CliTest.Run run = CliTest.run("why", "scenarios/synthetic/riverdale-2025-26.yaml", "e-scooter-danger", "--format", "md");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("## ").contains("### Why not selected", "| Driver type | Weight |", "```");
	}

	@Test
	void anUnknownItemIsOneLineNamingItAndExitCode2() {
		CliTest.Run run = CliTest.run("why", "scenarios/kent-2022-23.yaml", "no-such-item");
		assertThat(run.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(run.err().strip().lines()).hasSize(1).first().asString()
			.startsWith("error: scenarios/kent-2022-23.yaml: ITEM: no item matches 'no-such-item'");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void anUnknownFormatOrAMissingScenarioIsBadInput() {
		CliTest.Run format = CliTest.run("why", "scenarios/kent-2022-23.yaml", "Road Safety", "--format", "pdf");
		assertThat(format.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(format.err()).contains("unknown format 'pdf'");
		CliTest.Run missing = CliTest.run("why", "scenarios/nowhere.yaml", "Road Safety");
		assertThat(missing.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(missing.err().strip().lines()).hasSize(1);
	}

	@Test
	void aSavedVariantIsExplainedAsItsBaselineWithItsChanges() {
		CliTest.Run run = CliTest.run("why", "scenarios/variants/kent-2022-23-plan-silent-on-vawg.yaml", "vawg");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Outcome: within another priority", "Why not selected",
				"Reproduce: ./csa whatif scenarios/variants/kent-2022-23-plan-silent-on-vawg.yaml");
	}
}
