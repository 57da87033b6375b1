package org.govmodel.publish.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser: Selenium
 * Manager is not asked). One browser for the whole suite.
 */
final class Chromium implements AutoCloseable {

	/** What to install when the browser is missing. */
	static final String PACKAGES = "apt-get install chromium chromium-driver";

	static final int WIDTH = 1280;
	static final int HEIGHT = 1000;

	private final ChromeDriver driver;

	private Chromium(Path browser, Path chromedriver) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
				"--force-device-scale-factor=1", "--window-size=" + WIDTH + "," + HEIGHT, "--allow-file-access-from-files");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	/**
	 * The browser for a suite of tests; without it the suite is skipped with the packages to install, or fails
	 * when {@code govmodel.requireAllTests} is set (CI).
	 */
	static Chromium startOrSkip(String suite) {
		try {
			return start();
		} catch (Missing | org.openqa.selenium.WebDriverException e) {
			String message = "SKIPPED: " + suite + " needs Chromium and chromedriver (" + PACKAGES + "): "
					+ e.getMessage().lines().findFirst().orElse("");
			System.err.println(message);
			if (Boolean.getBoolean("govmodel.requireAllTests")) {
				org.junit.jupiter.api.Assertions.fail(message.replace("SKIPPED", "cannot run (govmodel.requireAllTests is set)"));
			}
			org.junit.jupiter.api.Assumptions.abort(message);
			throw new IllegalStateException(message); // not reached: abort throws
		}
	}

	/** The layout checks every page goes through (checks.js): it returns the findings, the ids and the links. */
	static String checks() {
		try (java.io.InputStream in = Chromium.class.getResourceAsStream("checks.js")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The browser and its driver, or why they cannot be found. */
	static Chromium start() {
		Path browser = find("chromium", "chromium-browser").orElseThrow(() -> new Missing("no chromium on PATH or in /usr/bin"));
		Path chromedriver = find("chromedriver").orElseThrow(() -> new Missing("no chromedriver on PATH or in /usr/bin"));
		return new Chromium(browser, chromedriver);
	}

	private static Optional<Path> find(String... names) {
		String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin" + File.pathSeparator + "/usr/lib/chromium";
		return Stream.of(names).flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)))
				.filter(Files::isExecutable).findFirst();
	}

	/** Opens the file and runs the script in it, returning what the script returns. */
	Object open(Path file, String script) {
		driver.get(file.toUri().toString());
		return driver.executeScript(script);
	}

	/** Runs a script in the page open now, returning what it returns. */
	Object run(String script) {
		return driver.executeScript(script);
	}

	/** A PNG of the whole page, beyond the window. */
	byte[] screenshot() {
		Object size = driver.executeScript("const e = document.documentElement; return [Math.max(e.scrollWidth, 1), Math.max(e.scrollHeight, 1)];");
		java.util.List<?> wh = (java.util.List<?>) size;
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) wh.get(0)).doubleValue(), "height",
				Math.min(((Number) wh.get(1)).doubleValue(), 8000), "scale", 1);
		Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return Base64.getDecoder().decode((String) result.get("data"));
	}

	@Override
	public void close() {
		driver.quit();
	}

	/** Chromium or chromedriver is not installed. */
	static final class Missing extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Missing(String reason) {
			super(reason);
		}
	}
}
