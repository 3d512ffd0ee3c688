package org.csapriority.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * point per item, and a run with a robustness analysis draws its robustness charts too. Screenshots go to
 * target/screenshots/.
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

	/** Installed before the report's own scripts run: keeps every uncaught error and console error. */
	private static final String ERRORS = """
			window.__reportErrors = [];
			window.addEventListener('error', function (e) { window.__reportErrors.push(String(e.message)); });
			var consoleError = console.error;
			console.error = function () {
			  window.__reportErrors.push(Array.prototype.join.call(arguments, ' '));
			  return consoleError.apply(console, arguments);
			};
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

	@Test
	void robustnessChartsDrawOfflineWithoutScriptErrors() throws IOException {
		JsonNode result = RobustnessFixture.result();
		int items = result.path("robustness").path("items").size();
		Path file = REPORTS.resolve("kent-2022-23-robustness.html");
		ReportFile.write(file, RunReport.html(result, Runs.tree(RobustnessFixture.KENT), null, null));
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERRORS));
		browser.get(file.toAbsolutePath().toUri().toString());

		drawn("priority-matrix");
		WebElement outcomes = drawn("robustness-outcomes");
		WebElement ranks = drawn("robustness-ranks");
		WebElement tau = drawn("robustness-tau");
		// a bar per item in each outcome's series, and each item's shares add up to every sample
		assertThat((Long) js(option("robustness-outcomes") + "return o.series.length;")).as("one series per outcome").isEqualTo(5);
		@SuppressWarnings("unchecked")
		List<Number> totals = (List<Number>) js(option("robustness-outcomes") + """
				return o.yAxis[0].data.map(function (name, i) {
				  return o.series.reduce(function (sum, s) { return sum + s.data[i].value; }, 0);
				});""");
		assertThat(totals).hasSize(items).allSatisfy(total -> assertThat(total.doubleValue()).isCloseTo(1, within(1e-9)));
		assertThat((Long) js(option("robustness-ranks") + "return o.series[0].data.length;")).isEqualTo((long) items * items);
		assertThat((Long) js(option("robustness-tau") + "return o.series[0].data.length;"))
			.isEqualTo(result.path("robustness").path("kendallTau").path("histogram").size());

		// a tornado for each item that is not stable, a bar for each row of its table
		List<WebElement> own = browser.findElements(By.cssSelector("[data-tornado]"));
		assertThat(own).hasSize(3);
		for (WebElement tornado : own) {
			String id = tornado.getAttribute("id");
			drawn(id);
			long rows = (Long) js("return arguments[0].closest('.tornado').querySelectorAll('table.tornado-table tbody tr').length;",
					tornado);
			assertThat((Long) js(option(id) + "return o.series[0].data.length;")).as(id).isEqualTo(rows).isPositive();
		}

		// the chooser redraws its chart for the item chosen
		WebElement any = drawn("robustness-tornado-any");
		assertThat((String) js(option("robustness-tornado-any") + "return o.yAxis[0].data[0];")).isEqualTo("districts: Canterbury");
		js("""
				var select = document.getElementById('tornado-item');
				select.value = Array.prototype.filter.call(select.options, function (o) { return o.text.indexOf('Road Safety') === 0; })[0].value;
				select.dispatchEvent(new Event('change'));""");
		assertThat((String) js(option("robustness-tornado-any") + "return o.yAxis[0].data[0];"))
			.isEqualTo("weights.threat-risk-harm");
		drawn("robustness-tornado-any");

		assertThat((List<?>) js("return window.__reportErrors;")).as("script errors").isEmpty();
		screenshot("report-robustness-top", browser.findElement(By.id("robustness")));
		chartShot("report-robustness-outcomes", outcomes);
		chartShot("report-robustness-ranks", ranks);
		chartShot("report-robustness-tau", tau);
		chartShot("report-robustness-tornado", own.get(0));
		chartShot("report-robustness-tornado-chooser", any);
	}

	/** Script that sets {@code o} to the option of the chart drawn in the element with this id. */
	private static String option(String id) {
		return "var o = echarts.getInstanceByDom(document.getElementById('" + id + "')).getOption();\n";
	}

	private WebElement drawn(String id) {
		wait.until(driver -> ((Number) js(INKED, id)).longValue() > 1000);
		return browser.findElement(By.id(id));
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	/** A screenshot with the chart and the heading above it at the top, in a section that holds several charts. */
	private void chartShot(String name, WebElement chart) throws IOException {
		js("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -90);", chart);
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private void screenshot(String name, WebElement subject) throws IOException {
		js("(arguments[0].closest('section') || arguments[0]).scrollIntoView({block: 'start'});", subject);
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}
}
