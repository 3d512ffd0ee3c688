package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.whatif.WhatIfService;

/** The whatif and diff commands as the README shows them, run in-process. */
class WhatIfCliTest {

	private static final String KENT = "scenarios/kent-2022-23.yaml";

	private static final String VARIANT = "scenarios/variants/kent-2022-23-plan-silent-on-vawg.yaml";

	@Test
	void whatIfTextListsTheChangesWhatMovesTheMovedItemsAndTheirTrails() {
		CliTest.Run run = CliTest.run("whatif", KENT, "--change", "{op: unlink-plan, priority: pcp-vawg, issue: vawg}",
				"--change", "{\"op\": \"set-duty-in-force\", \"duty\": \"pcsc-2022-svd\"}");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("What-if on " + KENT)
			.contains("Changes\n  1. the Police and Crime Plan priority 'Tackle violence against women and girls' no longer names")
			.contains("  2. Police, Crime, Sentencing and Courts Act 2022")
			.contains("What moves\n  - Violence Against Women and Girls (VAWG) moves from a standalone priority to within ")
			.contains("DEC-007 no longer fires")
			.contains("Moved items", "priority -> within ", "7 -> ")
			.contains("Justifications appeared (+) and disappeared (-)", "    + [STAT-001] ", "    - [DEC-007] ");
	}

	@Test
	void whatIfJsonCarriesTheChangesSummaryAndEveryItem() throws IOException {
		CliTest.Run run = CliTest.run("whatif", KENT, "--change", "{op: set-weight, driver: community-safety-plans, value: 0.9}",
				"--format", "json");
		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertThat(json.path("baselineScenario").asText()).isEqualTo(KENT);
		assertThat(json.path("changes")).hasSize(1);
		assertThat(json.path("summary")).isNotEmpty();
		assertThat(json.path("items")).hasSize(15);
		List<String> moved = new ArrayList<>();
		json.path("moved").forEach(id -> moved.add(id.asText()));
		assertThat(moved).isNotEmpty();
		for (JsonNode item : json.path("items")) {
			assertThat(item.path("outcomeChanged").asBoolean()).isFalse();
			assertThat(item.has("appeared") && item.has("disappeared") && item.has("summary")).isTrue();
			if (moved.contains(item.path("id").asText())) {
				assertThat(item.path("rankAfter").asInt()).isNotEqualTo(item.path("rankBefore").asInt());
			}
		}
	}

	@Test
	void whatIfJsonListsTheComplianceFindingsTheChangesMove() throws IOException {
		CliTest.Run run = CliTest.run("whatif", KENT, "--change",
				"{op: decide, item: road-safety, decision: drop, reason: a county board leads it}", "--format", "json");
		assertThat(run.exitCode()).as(run.err()).isZero();
		com.fasterxml.jackson.databind.JsonNode compliance = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(run.out()).path("compliance");
		assertThat(compliance).hasSize(1);
		assertThat(compliance.get(0).path("before").asText()).isEqualTo("covered");
		assertThat(compliance.get(0).path("after").asText()).isEqualTo("explained");
		assertThat(compliance.get(0).path("reason").asText()).contains("a county board leads it");
	}

	@Test
	void aSavedVariantRunsWithItsNameAndDiffComparesItWithItsBaseline() {
		CliTest.Run whatIf = CliTest.run("whatif", VARIANT);
		assertThat(whatIf.exitCode()).as(whatIf.err()).isZero();
		assertThat(whatIf.out()).startsWith("Variant: Kent 2022/23, Police and Crime Plan silent on VAWG")
			.contains("moves from a standalone priority to within");

		CliTest.Run diff = CliTest.run("diff", KENT, VARIANT, "--format", "md");
		assertThat(diff.exitCode()).as(diff.err()).isZero();
		assertThat(diff.out()).startsWith("# Diff of " + KENT)
			.contains("| Item | Before | After | Rank | Score |", "| Violence Against Women and Girls (VAWG) | priority | within ")
			.contains("- Disappeared: [DEC-007] ");
		String summary = whatIf.out().substring(whatIf.out().indexOf("What moves"), whatIf.out().indexOf("Moved items"));
		assertThat(CliTest.run("diff", KENT, VARIANT).out()).contains(summary);
	}

	@Test
	void nothingChangedSaysSo() {
		CliTest.Run run = CliTest.run("diff", KENT, KENT);
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Nothing moves").doesNotContain("Moved items");
	}

	@Test
	void changesFromAFileAndInlineAreSavedAsAVariantThatGivesTheSameAnswer(@TempDir Path dir) throws IOException {
		Path scenarios = copyScenarios(dir);
		Path changes = dir.resolve("changes.json");
		Files.writeString(changes, "[{\"op\": \"set-count\", \"issue\": \"young-people\", \"count\": 9}]");
		String baseline = scenarios.resolve("kent-2022-23.yaml").toString();

		CliTest.Run run = CliTest.run("whatif", baseline, "--changes", changes.toString(), "--change",
				"{op: set-threshold, key: district.broad-share, value: 0.6}", "--scenarios", scenarios.toString(),
				"--save", "Young people named widely", "--description", "Nine of twelve districts");

		assertThat(run.exitCode()).as(run.err()).isZero();
		Path saved = scenarios.resolve("variants/young-people-named-widely.yaml");
		assertThat(run.err()).contains("saved variant ").contains("young-people-named-widely.yaml");
		assertThat(WhatIfService.isVariant(saved)).isTrue();
		assertThat(Files.readString(saved)).contains("variantOf: kent-2022-23.yaml", "op: set-count", "op: set-threshold");
		CliTest.Run again = CliTest.run("whatif", saved.toString(), "--scenarios", scenarios.toString());
		assertThat(again.out()).startsWith("Variant: Young people named widely\nNine of twelve districts\n")
			.endsWith(run.out().substring(run.out().indexOf("\n")));
		assertThat(Files.readString(scenarios.resolve("kent-2022-23.yaml"))).isEqualTo(Files.readString(Path.of(KENT)));
	}

	private static Path copyScenarios(Path dir) throws IOException {
		Path target = dir.resolve("scenarios");
		try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
			for (Path file : files.toList()) {
				Path to = target.resolve(Path.of("scenarios").relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to);
				}
			}
		}
		return target;
	}
}
