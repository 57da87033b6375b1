package org.govmodel.publish.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a test class, started before its tests and closed after them; without a browser the class is
 * skipped, or fails under {@code govmodel.requireAllTests} ({@link Chromium#startOrSkip}). Register it as a static
 * field with {@code @RegisterExtension}.
 */
final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

	private final String suite;
	private Chromium chromium;

	/** @param suite what needs the browser, for the message when it is missing */
	ChromiumSession(String suite) {
		this.suite = suite;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		chromium = Chromium.startOrSkip(suite);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	/** The browser, while the class's tests run. */
	Chromium browser() {
		return chromium;
	}
}
