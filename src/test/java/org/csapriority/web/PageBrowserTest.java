package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.csapriority.HeadlessChromium;

/**
 * The page in a real browser (the system's Chromium and ChromeDriver, headless): a working-group member signs
 * in, changes an input of Kent 2022/23 and sees a priority move, named in the diff; a bad change shows the
 * server's message; a variant is saved and loaded again; an auditor can read but not change, and picking an item
 * shows why and the smallest change that would flip it. Screenshots go to target/screenshots/.
 */
class PageBrowserTest extends WebTestSupport {

	private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

	@LocalServerPort
	int port;

	HeadlessChromium chromium;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeAll
	static void startDriver() {
		HeadlessChromium.assumeInstalled();
	}

	@BeforeEach
	void openBrowser() throws IOException {
		chromium = HeadlessChromium.open("1600,1300");
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		// the page redraws its lists on every answer: an element found just before a redraw is looked up again
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void removingTheNationalVawgStrategyMovesVawgWithinAPriorityAndTheDiffNamesIt(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		WebElement vawg = item("vawg");
		assertThat(vawg.findElement(By.xpath("ancestor::section[1]")).getAttribute("class")).contains("outcome-priority");
		assertThat(vawg.getAttribute("class")).doesNotContain("moved");

		openGroup("Horizon scanning items");
		WebElement strategy = browser.findElement(By.id("horizon-hs-2022-vawg-strategy"));
		assertThat(strategy.isSelected()).isTrue();
		strategy.click();

		wait.until(ExpectedConditions.attributeContains(By.id("item-vawg"), "class", "moved"));
		WebElement moved = item("vawg");
		assertThat(moved.findElement(By.xpath("ancestor::section[1]")).getAttribute("class")).contains("outcome-within-priority");
		assertThat(moved.getText()).contains("Moved: was priority", "within Serious Violence and Organised Crime");
		WebElement diff = browser.findElement(By.id("diff"));
		assertThat(diff.isDisplayed()).isTrue();
		assertThat(diff.findElement(By.id("moved-summary")).getText())
			.contains("Violence Against Women and Girls (VAWG) moves from a standalone priority to within Serious Violence");
		assertThat(diff.findElement(By.id("changes-applied")).getText()).contains("Home Office Tackling Violence Against Women and Girls Strategy");
		assertThat(browser.findElement(By.id("status")).getText()).contains("1 item moved");

		// the full justification is one click away
		WebElement trail = moved.findElement(By.cssSelector("details.trail"));
		trail.findElement(By.tagName("summary")).click();
		assertThat(trail.getText()).contains("[DEC-012]");
		screenshot(test, moved);
	}

	@Test
	void theWorkingGroupRecordsTheRunAndADecisionThatDepartsOnlyWithItsRationale(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		item("road-safety");
		WebElement record = browser.findElement(By.id("record-run"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", record);
		record.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "Recorded as run-"));
		String runId = browser.findElement(By.id("run-status")).getText().replaceAll("(?s).*Recorded as (run-\\d+).*", "$1");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs"), runId));
		assertThat(browser.findElement(By.id("runs-table")).getText()).contains(runId, "kent-2022-23.yaml");

		new Select(browser.findElement(By.id("decision-item"))).selectByValue("road-safety");
		assertThat(new Select(browser.findElement(By.id("decision-outcome"))).getFirstSelectedOption().getText()).isEqualTo("priority");
		new Select(browser.findElement(By.id("decision-outcome"))).selectByValue("watch-list");
		browser.findElement(By.id("decision-body")).sendKeys("County working group");
		browser.findElement(By.cssSelector("#record-decision button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "rationale"));
		assertThat(browser.findElement(By.id("run-status")).getText()).contains("departs from the engine's priority");
		assertThat(browser.findElements(By.id("decisions-table"))).isEmpty();

		browser.findElement(By.id("decision-rationale")).sendKeys("Led and monitored by the county road safety partnership");
		browser.findElement(By.cssSelector("#record-decision button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions-table")));
		WebElement row = browser.findElement(By.cssSelector("#decisions-table tr.departs"));
		assertThat(row.getText()).contains("Road Safety", "priority", "watch-list", "County working group",
				"Led and monitored by the county road safety partnership");

		browser.findElement(By.id("verify-chain")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-status"), "Intact"));
		screenshot(test, browser.findElement(By.id("audit")));
	}

	@Test
	void aBadChangeShowsTheServersMessageInTheAlert(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		item("mental-health");
		WebElement count = browser.findElement(By.id("count-mental-health"));
		count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "99", Keys.TAB);

		WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert")));
		wait.until(ExpectedConditions.textToBePresentInElement(alert, "changes[0].count"));
		assertThat(alert.getAttribute("role")).isEqualTo("alert");
		assertThat(alert.getText()).contains("99 is outside 0..12");
		assertThat(browser.findElement(By.id("status")).getText()).contains("The last change was not applied");
		screenshot(test, count);

		count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5", Keys.TAB);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert")));
	}

	@Test
	void aSavedVariantAppearsInThePickerAndLoadsWithItsChanges(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		item("vawg");
		openGroup("Horizon scanning items");
		browser.findElement(By.id("horizon-hs-2022-vawg-strategy")).click();
		wait.until(ExpectedConditions.attributeContains(By.id("item-vawg"), "class", "moved"));

		browser.findElement(By.id("variant-name")).sendKeys("Browser: without the VAWG strategy");
		browser.findElement(By.cssSelector("#save-variant button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved as the variant"));

		Select picker = new Select(browser.findElement(By.id("scenario")));
		assertThat(picker.getFirstSelectedOption().getText()).contains("Browser: without the VAWG strategy");
		picker.selectByValue("kent-2022-23.yaml");
		wait.until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.id("item-vawg"), "class", "moved")));

		picker.selectByVisibleText("Browser: without the VAWG strategy (variant of kent-2022-23.yaml)");
		wait.until(ExpectedConditions.attributeContains(By.id("item-vawg"), "class", "moved"));
		openGroup("Horizon scanning items");
		assertThat(browser.findElement(By.id("horizon-hs-2022-vawg-strategy")).isSelected()).isFalse();
		screenshot(test, browser.findElement(By.id("diff")));
	}

	@Test
	void anAuditorReadsTheRecommendationButCannotSaveVariantsOrReloadRules(TestInfo test) throws IOException {
		signIn("auditor", "auditor-secret");
		WebElement vawg = item("vawg");
		assertThat(vawg.getText()).contains("Violence Against Women and Girls");
		assertThat(browser.findElements(By.id("controls"))).isEmpty();
		assertThat(browser.findElements(By.id("save-variant"))).isEmpty();

		// the same calls the page would make, from the auditor's own signed-in session with its CSRF token
		assertThat(fetchStatus("/api/variants", "{\"variantOf\":\"kent-2022-23.yaml\",\"name\":\"Auditor\",\"changes\":"
				+ "[{\"op\":\"remove-horizon\",\"id\":\"hs-2022-vawg-strategy\"}]}")).isEqualTo(403);
		assertThat(fetchStatus("/api/admin/rules/reload", "{}")).isEqualTo(403);
		screenshot(test, browser.findElement(By.id("scenario")));

		// picking an item shows why it holds and the smallest change of input that would flip it
		vawg.findElement(By.cssSelector("button.why-button")).click();
		WebElement flip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("why-flip")));
		assertThat(flip.getText()).contains("Violence Against Women and Girls (VAWG) would");
	}

	@Test
	void anAimsScenarioShowsItsAimsAndEveryControlHasALabel(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		item("vawg");
		new Select(browser.findElement(By.id("scenario"))).selectByValue("synthetic:riverdale-2025-26.yaml");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomes"), "Strategic aims"));
		assertThat(browser.findElements(By.cssSelector("#outcomes section.aim"))).isNotEmpty();
		openGroup("What each district names");
		openGroup("Threat, risk and harm scores");
		List<WebElement> controls = browser.findElements(By.cssSelector("#controls input, #controls select"));
		assertThat(controls).hasSizeGreaterThan(50);
		for (WebElement control : controls) {
			String id = control.getAttribute("id");
			assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for " + id).hasSize(1);
		}

		// a harm score stepper sends its change like any other control (the first score is 4 of 0..4: one fewer)
		WebElement harm = browser.findElement(By.cssSelector("#controls input[id^='harm-']"));
		assertThat(harm.getAttribute("value")).isEqualTo("4");
		harm.findElement(By.xpath("preceding-sibling::button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff")));
		assertThat(browser.findElement(By.id("changes-applied")).getText()).contains("3");
		assertThat(harm.getAttribute("value")).isEqualTo("3");
		screenshot(test, browser.findElement(By.cssSelector("fieldset.harm")));
	}

	@Test
	void aDecisionToDropShowsWhatItLeavesUncoveredAndADropTheLawForbidsIsRefused(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		WebElement compliance = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance")));
		assertThat(compliance.getText()).contains("Statutory compliance (0 gaps)", "Counter-Terrorism and Security Act 2015");

		openGroup("Working group decisions");
		new Select(browser.findElement(By.id("decide-item"))).selectByValue("road-safety");
		new Select(browser.findElement(By.id("decide-decision"))).selectByValue("drop");
		browser.findElement(By.id("decide-reason")).sendKeys("Safer Roads for Kent now leads it");
		browser.findElement(By.id("decide-apply")).click();

		wait.until(ExpectedConditions.attributeContains(By.id("item-road-safety"), "class", "moved"));
		assertThat(item("road-safety").findElement(By.xpath("ancestor::section[1]")).getAttribute("class"))
			.contains("outcome-not-prioritised");
		WebElement plan = browser.findElement(By.cssSelector("#compliance li[data-finding='pcp-road-danger']"));
		assertThat(plan.getAttribute("class")).contains("moved");
		assertThat(plan.getText()).contains("EXPLAINED", "Was covered", "Safer Roads for Kent now leads it");
		assertThat(browser.findElement(By.id("moved-summary")).getText()).contains("changes from covered to explained");

		// the same decision on an item a duty in force requires is refused, and the diff says under which Act
		openGroup("Working group decisions");
		new Select(browser.findElement(By.id("decide-item"))).selectByValue("substance-misuse");
		browser.findElement(By.id("decide-reason")).sendKeys("treatment services lead it");
		browser.findElement(By.id("decide-apply")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moved-summary"), "DEC-015"));
		assertThat(item("substance-misuse").findElement(By.xpath("ancestor::section[1]")).getAttribute("class"))
			.contains("outcome-priority");
		WebElement trail = item("substance-misuse").findElement(By.cssSelector("details.trail"));
		trail.findElement(By.tagName("summary")).click();
		assertThat(trail.getText()).contains("[DEC-015]", "Proposal to drop refused", "Police and Justice Act 2006");
		assertThat(browser.findElements(By.cssSelector("ul.decisions li"))).hasSize(2);
		screenshot(test, browser.findElement(By.id("compliance")));
	}

	@Test
	void aSmallRecordedRobustnessAnalysisOfTheChangesTriedShowsItsProgressChartsAndLabels(TestInfo test) throws IOException {
		signIn("wg", "wg-secret");
		item("vawg");
		openGroup("Horizon scanning items");
		browser.findElement(By.id("horizon-hs-2022-vawg-strategy")).click();
		wait.until(ExpectedConditions.attributeContains(By.id("item-vawg"), "class", "moved"));

		WebElement samples = browser.findElement(By.id("robustness-samples"));
		assertThat(samples.getAttribute("value")).isEqualTo("10000");
		String seed = browser.findElement(By.id("robustness-seed")).getAttribute("value");
		browser.findElement(By.id("robustness-new-seed")).click();
		assertThat(browser.findElement(By.id("robustness-seed")).getAttribute("value")).isNotEqualTo(seed).matches("\\d+");
		samples.sendKeys(Keys.chord(Keys.CONTROL, "a"), "200");
		browser.findElement(By.id("robustness-record")).click();
		WebElement run = browser.findElement(By.id("robustness-run"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", run);
		run.click();

		WebElement bar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("robustness-progress")));
		assertThat(bar.getAttribute("max")).isEqualTo("200");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("robustness-status"), "Done: 200 samples"));
		assertThat(bar.getAttribute("value")).isEqualTo("200");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("robustness-status"), "Recorded as run-"));
		String runId = browser.findElement(By.id("robustness-status")).getText().replaceAll("(?s).*Recorded as (run-\\d+).*", "$1");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs"), runId));
		assertThat(browser.findElement(By.id("robustness-progress-text")).getText()).isEqualTo("200 of 200 samples");
		for (String chart : List.of("robustness-outcomes", "robustness-ranks", "robustness-tau", "robustness-tornado")) {
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
		}
		assertThat(browser.findElement(By.id("robustness-tau-caption")).getText()).containsPattern("mean -?\\d\\.\\d{3}, median -?\\d\\.\\d{3}");

		// within a priority, as the change tried on the page left it: the analysis was of the page's variant
		WebElement vawgRow = browser.findElement(By.cssSelector("#robustness-table tr[data-item='vawg']"));
		assertThat(vawgRow.getText()).contains("within-priority").containsPattern("\\d+%");
		WebElement label = vawgRow.findElement(By.cssSelector("span.badge"));
		assertThat(label.getAttribute("textContent")).matches("stable|contested|fragile");
		assertThat(label.getAttribute("class")).contains("label-" + label.getAttribute("textContent"));
		assertThat(browser.findElement(By.id("robustness-table-caption")).getText()).containsPattern("Stable: at least \\d+%");
		vawgRow.findElement(By.tagName("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("robustness-tornado-caption"),
				"Tornado for Violence Against Women and Girls"));
		assertThat(vawgRow.getAttribute("class")).contains("selected");
		screenshot(test, browser.findElement(By.id("robustness-result")));
	}

	private void signIn(String user, String password) {
		browser.get("http://127.0.0.1:" + port + "/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scenario")));
		assertThat(new Select(browser.findElement(By.id("scenario"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("kent-2022-23.yaml");
	}

	private WebElement item(String id) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-" + id)));
	}

	private void openGroup(String title) {
		WebElement summary = browser.findElement(By.xpath("//details[@class='group']/summary[normalize-space()='" + title + "']"));
		if (summary.findElement(By.xpath("..")).getAttribute("open") == null) {
			summary.click();
		}
	}

	private long fetchStatus(String path, String body) {
		Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector('meta[name="csrf-token"]').content;
				const header = document.querySelector('meta[name="csrf-header"]').content;
				fetch(arguments[0], {method: 'POST', body: arguments[1], credentials: 'same-origin',
				  headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', [header]: token}})
				  .then(r => done(r.status), e => done(-1));
				""", path, body);
		return (Long) status;
	}

	/** The page as the user sees it, scrolled to the element the test is about. */
	private void screenshot(TestInfo test, WebElement subject) throws IOException {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", subject);
		// below the sticky bar of messages
		((JavascriptExecutor) browser).executeScript("window.scrollBy(0, arguments[0].getBoundingClientRect().top - 160);", subject);
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
	}

}
