package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands the README shows, run in-process as a user would run them. */
class CliTest {

	record Run(int exitCode, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = CsaCommand.commandLine(new CsaCommand());
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int code = commandLine.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void assessJsonCarriesRecommendationsWithJustificationsAndAimsWithKeyDrivers() throws Exception {
		Run run = run("assess", "scenarios/kent-2026-27.yaml", "--format", "json");
		assertThat(run.exitCode()).isZero();
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertThat(json.path("recommendations")).hasSize(14);
		for (JsonNode item : json.path("recommendations")) {
			assertThat(item.path("id").asText()).isNotBlank();
			assertThat(item.path("name").asText()).isNotBlank();
			assertThat(item.path("outcome").asText()).isEqualTo("focus-area");
			assertThat(item.path("change").asText()).isNotBlank();
			assertThat(item.path("justifications")).isNotEmpty();
			assertThat(item.path("justifications").get(0).path("ruleId").asText()).matches("[A-Z]+-\\d{3}");
		}
		assertThat(json.path("aims")).hasSize(3);
		for (JsonNode aim : json.path("aims")) {
			assertThat(aim.path("id").asText()).isNotBlank();
			assertThat(aim.path("name").asText()).isNotBlank();
			assertThat(aim.path("focusAreas")).isNotEmpty();
			assertThat(aim.path("keyDrivers")).isNotEmpty();
			assertThat(aim.path("keyDrivers").get(0).path("driver").asText()).isEqualTo("statutory-duty");
		}
	}

	@Test
	void explainRoadSafetyShowsThePlanTheCountyLeadAndTheLowDistrictCount() {
		Run run = run("explain", "scenarios/kent-2022-23.yaml", "Road Safety");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Outcome: priority", "[PCP-001]", "Prevent road danger and support Vision Zero",
				"Police Reform and Social Responsibility Act 2011", "[LEAD-001]", "Safer Roads for Kent",
				"[SA-004]", "3 of 12", "rules/decision.drl", "source: scrutiny-2022-06");
	}

	@Test
	void complianceAppearsInJsonTextMarkdownAndExplain() throws Exception {
		for (String scenario : java.util.List.of("scenarios/kent-2022-23.yaml", "scenarios/kent-2026-27.yaml")) {
			JsonNode compliance = new ObjectMapper().readTree(run("assess", scenario, "--format", "json").out()).path("compliance");
			assertThat(compliance.path("duties")).as(scenario).hasSizeGreaterThan(8);
			for (JsonNode duty : compliance.path("duties")) {
				assertThat(duty.path("finding").asText()).isIn("met", "gap", "note", "upcoming", "context");
				assertThat(duty.path("reason").asText()).isNotBlank();
				assertThat(duty.path("ruleId").asText()).startsWith("COMP-");
			}
			assertThat(compliance.path("policeAndCrimePlan")).isNotEmpty();
		}
		assertThat(run("assess", "scenarios/kent-2022-23.yaml").out()).contains("Statutory compliance (0 gaps)",
				"NOTE      Counter-Terrorism and Security Act 2015 s26", "Regard to the Police and Crime Plan",
				"EXPLAINED 'Support volunteering'");
		assertThat(run("assess", "scenarios/kent-2026-27.yaml", "--format", "md").out()).contains("## Statutory compliance",
				"| met | Police, Crime, Sentencing and Courts Act 2022");
		assertThat(run("explain", "scenarios/kent-2022-23.yaml", "Substance Misuse").out())
			.contains("Statutory compliance and the Police and Crime Plan:", "MET Police and Justice Act 2006", "[COMP-001]");
		JsonNode item = new ObjectMapper().readTree(run("explain", "scenarios/kent-2022-23.yaml", "Substance Misuse",
				"--format", "json").out());
		assertThat(item.path("id").asText()).isEqualTo("substance-misuse");
		assertThat(item.path("justifications")).isNotEmpty();
		assertThat(item.path("compliance").path("duties")).isNotEmpty().allSatisfy(d -> assertThat(d.path("items"))
			.anySatisfy(ref -> assertThat(ref.path("id").asText()).isEqualTo("substance-misuse")));
	}

	@Test
	void dataQualityAppearsInJsonTextMarkdownAndExplain() throws Exception {
		JsonNode json = new ObjectMapper().readTree(run("assess", "scenarios/kent-2022-23.yaml", "--format", "json").out());
		JsonNode flags = json.path("dataQuality");
		assertThat(flags.isArray()).isTrue();
		assertThat(flags).isNotEmpty();
		for (JsonNode flag : flags) {
			assertThat(flag.path("ruleId").asText()).matches("DQ-\\d{3}");
			assertThat(flag.path("rule").asText()).isNotBlank();
			assertThat(flag.path("kind").asText()).isIn("stated-change", "parts-and-total", "mixed-geography", "mixed-period",
					"provisional-and-final", "no-source");
			assertThat(flag.path("severity").asText()).isIn("warning", "caution");
			assertThat(flag.path("evidence").asText()).isNotBlank();
			assertThat(flag.path("items").isArray()).isTrue();
			assertThat(flag.path("message").asText()).isNotBlank();
			assertThat(flag.has("source")).isTrue();
		}
		int count = flags.size();
		assertThat(run("assess", "scenarios/kent-2022-23.yaml").out()).contains("Data quality (" + count + " flags)",
				"WARNING   cr-road-casualties [DQ-001]", "5.68% is 237 of the later figure, 4,168");
		assertThat(run("assess", "scenarios/kent-2026-27.yaml", "--format", "md").out()).contains("## Data quality",
				"| caution | cmp-vawg-divisions-2026 |");
		assertThat(run("explain", "scenarios/kent-2022-23.yaml", "Road Safety").out())
			.contains("Data quality of its evidence:", "WARNING cr-road-casualties [DQ-001]");
		assertThat(run("explain", "scenarios/kent-2022-23.yaml", "Substance Misuse").out())
			.doesNotContain("Data quality of its evidence:");
		JsonNode item = new ObjectMapper().readTree(run("explain", "scenarios/kent-2022-23.yaml", "Road Safety",
				"--format", "json").out());
		assertThat(item.path("dataQuality")).isNotEmpty().allSatisfy(f -> assertThat(f.path("items"))
			.anySatisfy(ref -> assertThat(ref.asText()).isEqualTo("road-safety")));
	}

	@Test
	void explainFindsAnItemByAnIssueAlias() {
		Run run = run("explain", "scenarios/kent-2022-23.yaml", "VAWG");
		assertThat(run.out()).startsWith("Violence Against Women and Girls (VAWG) (vawg)");
	}

	@Test
	void assessTextAndMarkdownListTheOutcomes() {
		assertThat(run("assess", "scenarios/kent-2022-23.yaml").out()).contains("Priorities (8)", "Cross-cutting themes (5)");
		assertThat(run("assess", "scenarios/kent-2022-23.yaml", "--format", "md").out())
			.contains("| Rank | Item | Outcome | Change | Score |", "### Road Safety");
	}

	@Test
	void unknownItemAndUnknownFormatAreBadInput() {
		Run item = run("explain", "scenarios/kent-2022-23.yaml", "nothing-like-this");
		assertThat(item.exitCode()).isEqualTo(2);
		assertThat(item.err()).startsWith("error: scenarios/kent-2022-23.yaml: ITEM: no item matches 'nothing-like-this'");
		Run format = run("assess", "scenarios/kent-2022-23.yaml", "--format", "pdf");
		assertThat(format.exitCode()).isEqualTo(2);
		assertThat(format.err()).contains("unknown format 'pdf'");
	}

	@Test
	void validateReportsTheScenarioAndRules() {
		Run run = run("validate", "scenarios/kent-2022-23.yaml");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("is valid: 12 districts").contains("rules load cleanly");
	}
}
