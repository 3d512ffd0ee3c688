package org.csapriority.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.csapriority.HeadlessChromium;

/**
 * The HTML report opened from disk in a real browser (the system's Chromium and ChromeDriver, headless), as a
 * committee member would open an emailed file: both charts draw from the inlined ECharts, the matrix has one
 * point per item. Screenshots go to target/screenshots/.
 */
class RunReportBrowserTest {

	private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

	private static final Path REPORTS = Path.of("target", "reports");

	/** Non-white pixels of a chart's canvas, or -1 while the chart does not exist yet. */
	private static final String INKED = """
			var dom = document.getElementById(arguments[0]);
			var chart = window.echarts && echarts.getInstanceByDom(dom);
			var canvas = dom && dom.querySelector('canvas');
			if (!chart || !canvas || canvas.width === 0) { return -1; }
			var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			var inked = 0;
			for (var i = 0; i < pixels.length; i += 4) {
			  if (pixels[i + 3] > 0 && (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200)) { inked++; }
			}
			return inked;
			""";

	HeadlessChromium chromium;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeAll
	static void startDriver() throws IOException {
		HeadlessChromium.assumeInstalled();
		Files.createDirectories(REPORTS);
	}

	@BeforeEach
	void openBrowser() throws IOException {
		chromium = HeadlessChromium.open("1400,1200");
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void kent2022ReportDrawsTheMatrixWithOnePointPerItemAndTheHeatMapOffline() throws IOException {
		JsonNode result = Runs.result("kent-2022-23.yaml");
		int items = result.path("recommendations").size();
		Path file = REPORTS.resolve("kent-2022-23.html");
		ReportFile.write(file, RunReport.html(result, Runs.tree("kent-2022-23.yaml"), null, null));
		browser.get(file.toAbsolutePath().toUri().toString());

		WebElement matrix = drawn("priority-matrix");
		WebElement heatMap = drawn("evidence-heatmap");
		long points = (Long) js("""
				var series = echarts.getInstanceByDom(document.getElementById('priority-matrix')).getOption().series;
				return series.reduce(function (n, s) { return n + s.data.length; }, 0);""");
		assertThat(points).isEqualTo(items);
		assertThat((Long) js("return echarts.getInstanceByDom(document.getElementById('priority-matrix')).getOption().series.length;"))
			.as("one series per outcome").isEqualTo(3);
		long cells = (Long) js("return echarts.getInstanceByDom(document.getElementById('evidence-heatmap')).getOption().series[0].data.length;");
		long drivers = (Long) js("return echarts.getInstanceByDom(document.getElementById('evidence-heatmap')).getOption().xAxis[0].data.length;");
		assertThat(cells).isEqualTo(items * drivers);
		assertThat(browser.findElement(By.id("run-notice")).getText()).contains("This run was not recorded");

		screenshot("report-kent-2022-23-matrix", matrix);
		screenshot("report-kent-2022-23-heatmap", heatMap);
		screenshot("report-kent-2022-23-top", browser.findElement(By.tagName("header")));
	}

	@Test
	void syntheticAimsReportDrawsBothChartsToo() throws IOException {
		String scenario = "synthetic/riverdale-2025-26.yaml";
		JsonNode result = Runs.result(scenario);
		Path file = REPORTS.resolve("riverdale-2025-26.html");
		ReportFile.write(file, RunReport.html(result, Runs.tree(scenario), null, null));
		browser.get(file.toAbsolutePath().toUri().toString());
		WebElement matrix = drawn("priority-matrix");
		drawn("evidence-heatmap");
		long points = (Long) js("""
				var series = echarts.getInstanceByDom(document.getElementById('priority-matrix')).getOption().series;
				return series.reduce(function (n, s) { return n + s.data.length; }, 0);""");
		assertThat(points).isEqualTo(result.path("recommendations").size());
		screenshot("report-riverdale-2025-26-matrix", matrix);
		screenshot("report-riverdale-2025-26-appendices", browser.findElement(By.id("appendix-a")));
	}

	private WebElement drawn(String id) {
		wait.until(driver -> ((Number) js(INKED, id)).longValue() > 1000);
		return browser.findElement(By.id(id));
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private void screenshot(String name, WebElement subject) throws IOException {
		js("(arguments[0].closest('section') || arguments[0]).scrollIntoView({block: 'start'});", subject);
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}
}
