package org.csapriority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium driven through the system's ChromeDriver, headless, with a profile of its own that is
 * removed on close. Nothing is downloaded; the flags keep Chromium off the network, which this machine closes.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where browser tests leave their screenshots. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the calling test class, saying why, when Chromium or its driver is not installed. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
						+ "(apt-get install chromium chromium-driver; .ci/run installs them)");
		// the system driver, never a download
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new browser with a window of the given size, e.g. "1600,1300". */
	public static HeadlessChromium open(String windowSize) throws IOException {
		Path profile = Files.createTempDirectory("csa-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + windowSize);
		// a driver service per browser: quitting the browser stops its service
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort().build();
		return new HeadlessChromium(new ChromeDriver(service, options), profile);
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
	}
}
