package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csapriority.cli.CliTest.Run;

/** csa report, run in-process as a user would run it. */
class ReportCliTest {

	@TempDir
	Path folder;

	@Test
	void htmlReportIsWrittenWholeToOutAndSaysTheRunWasNotRecorded() throws IOException {
		Path out = folder.resolve("reports/kent-2022-23.html");
		Run run = CliTest.run("report", "scenarios/kent-2022-23.yaml", "--out", out.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("wrote ").contains("kent-2022-23.html");
		String html = Files.readString(out);
		assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("This run was not recorded",
				"id=\"priority-matrix\"", "id=\"evidence-heatmap\"", "Appendix A: Strategic Assessments (2021-22)");
		// written beside the target and moved into place: nothing else is left in the folder
		try (Stream<Path> files = Files.list(out.getParent())) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kent-2022-23.html");
		}
	}

	@Test
	void anExistingReportIsReplacedWhole() throws IOException {
		Path out = folder.resolve("report.md");
		Files.writeString(out, "an older report, much longer than nothing ".repeat(5000));
		Run run = CliTest.run("report", "scenarios/kent-2026-27.yaml", "--format", "md", "--out", out.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		String md = Files.readString(out);
		assertThat(md).startsWith("# Kent Community Safety Agreement 2026/27").doesNotContain("an older report")
			.contains("## Key drivers", "## Appendices to the Kent Community Safety Agreement 2026/27");
	}

	@Test
	void markdownAndAppendicesPrintWithoutOut() {
		Run md = CliTest.run("report", "scenarios/synthetic/riverdale-2025-26.yaml", "--format", "md");
		assertThat(md.exitCode()).as(md.err()).isZero();
		assertThat(md.out()).contains("# Riverdale (synthetic) Community Safety Agreement 2025/26", "## Priority matrix",
				"## Evidence heat map", "| Item | Statutory duty |");
		Run appendices = CliTest.run("report", "scenarios/kent-2022-23.yaml", "--format", "appendices");
		assertThat(appendices.exitCode()).as(appendices.err()).isZero();
		assertThat(appendices.out()).startsWith("# Appendices to the Kent Community Safety Agreement 2022/23")
			.contains("## Appendix C: Horizon Scanning (PESTELO)").doesNotContain("## The recommendation");
	}

	@Test
	void unknownFormatIsBadInputAndWritesNothing() {
		Path out = folder.resolve("never.html");
		Run run = CliTest.run("report", "scenarios/kent-2022-23.yaml", "--format", "pdf", "--out", out.toString());
		assertThat(run.exitCode()).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(run.err()).contains("error: --format: unknown format 'pdf'; use one of html, md, appendices");
		assertThat(out).doesNotExist();
	}
}
