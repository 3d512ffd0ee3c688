package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csapriority.cli.CliTest.run;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.cli.CliTest.Run;

/** {@code csa robustness} as the README shows it: the summary, JSON, recording and the refusals. */
class RobustnessCliTest {

	@TempDir
	Path data;

	@Test
	void theSummaryNamesSeedSamplesLabelsAndWhatUnstableItemsHingeOn() {
		Run run = run("robustness", "scenarios/kent-2026-27.yaml", "--samples", "300", "--seed", "5");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Robustness of kent-2026-27: 300 samples, seed 5 (scores, districts, weights, thresholds varied)")
			.contains("Stable: at least 90.0% of samples keep the stated outcome; fragile: under 40.0%")
			.contains("Kendall's tau mean")
			.contains("What the items that are not stable hinge on")
			.contains("threat/risk/harm: the scenario has no threat/risk/harm assessment");
		assertThat(run.err()).contains("300 samples in").contains("(seed 5)");
	}

	@Test
	void theReadmeShowsWhatTheCommandPrintsForKent2026() throws Exception {
		String readme = java.nio.file.Files.readString(Path.of("README.md"));
		String command = "./csa robustness scenarios/kent-2026-27.yaml --samples 10000 --seed 2026\n```\n\n```\n";
		int start = readme.indexOf(command) + command.length();
		String shown = readme.substring(start, readme.indexOf("```", start));

		Run run = run("robustness", "scenarios/kent-2026-27.yaml", "--samples", "10000", "--seed", "2026");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo(shown);
	}

	@Test
	void jsonGivesTheSameFiguresForTheSameSeedWhateverTheThreads() throws Exception {
		Run one = run("robustness", "scenarios/kent-2022-23.yaml", "--samples", "200", "--seed", "9", "--threads", "1",
				"--format", "json");
		Run two = run("robustness", "scenarios/kent-2022-23.yaml", "--samples", "200", "--seed", "9", "--threads", "2",
				"--format", "json");

		assertThat(one.exitCode()).as(one.err()).isZero();
		assertThat(two.out()).isEqualTo(one.out());
		JsonNode json = new ObjectMapper().readTree(one.out());
		assertThat(json.path("seed").asLong()).isEqualTo(9);
		assertThat(json.path("items").get(0).path("rankAcceptability")).hasSize(json.path("items").size());
	}

	@Test
	void aRecordedRunReplaysToTheSameFigures() {
		String db = "jdbc:h2:file:" + data.resolve("audit").toAbsolutePath();
		Run recorded = run("robustness", "scenarios/kent-2026-27.yaml", "--samples", "100", "--seed", "3", "--vary",
				"districts,thresholds", "--record", "--by", "analyst", "--db", db,
				"--change", "{op: set-threshold, key: district.broad-share, value: 0.45}");

		assertThat(recorded.exitCode()).as(recorded.err()).isZero();
		assertThat(recorded.out()).startsWith("Recorded as run-1 by analyst in " + db + " (seed 3, 100 samples)")
			.contains("(districts, thresholds varied)");
		Run show = run("audit", "show", "run-1", "--db", db);
		assertThat(show.out()).contains("Robustness run: 100 samples, seed 3, varying [\"districts\",\"thresholds\"]")
			.contains("KEEPS IT").containsPattern("Violence Against Women and Girls +focus-area +100\\.0% stable");
		Run replay = run("audit", "replay", "run-1", "--db", db);
		assertThat(replay.exitCode()).as(replay.err() + replay.out()).isZero();
		assertThat(replay.out()).startsWith("Replay of run-1: IDENTICAL.");
	}

	@Test
	void theReportCarriesTheRobustnessSectionWhenAskedForSamples() {
		Run with = run("report", "scenarios/kent-2026-27.yaml", "--samples", "100", "--seed", "4", "--format", "md");
		Run without = run("report", "scenarios/kent-2026-27.yaml", "--format", "md");

		assertThat(with.exitCode()).as(with.err()).isZero();
		assertThat(with.out()).contains("## Robustness").contains("Seed: 4");
		assertThat(without.out()).doesNotContain("## Robustness");
	}

	@Test
	void badCountsKindsAndThreadsAreRefusedWithTheirOption() {
		Run negative = run("robustness", "scenarios/kent-2026-27.yaml", "--samples", "-10");
		assertThat(negative.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(negative.err()).startsWith("error: robustness request: samples: -10 is not a sample count");

		Run absurd = run("robustness", "scenarios/kent-2026-27.yaml", "--samples", "50000000");
		assertThat(absurd.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(absurd.err()).contains("is more than the 1000000 samples a run may draw");

		Run kind = run("robustness", "scenarios/kent-2026-27.yaml", "--vary", "districts,moods");
		assertThat(kind.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(kind.err()).startsWith("error: --vary: 'moods' is not a kind of input; use one or more of [scores, districts, weights, thresholds]");

		Run threads = run("robustness", "scenarios/kent-2026-27.yaml", "--threads", "0");
		assertThat(threads.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(threads.err()).startsWith("error: --threads: 0 is not a thread count");
		assertThat(negative.out() + absurd.out() + kind.out() + threads.out()).isEmpty();
	}
}
