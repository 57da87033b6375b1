package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Regression: with no locale (no LANG, as in a container or a cron job) or one that is not installed,
 * {@code govmodel score --lang pt} printed "m?dia", "Governan?a": Java 17 encodes the POSIX locale's console as ASCII.
 */
class ConsoleCharsetTest {

	@Test
	void aConsoleWithoutALocaleGetsUtf8AndAnyOtherKeepsItsOwn() {
		assertEquals(StandardCharsets.UTF_8, ConsoleCharset.forPlatform(StandardCharsets.US_ASCII));
		assertEquals(StandardCharsets.UTF_8, ConsoleCharset.forPlatform(StandardCharsets.UTF_8));
		assertEquals(StandardCharsets.ISO_8859_1, ConsoleCharset.forPlatform(StandardCharsets.ISO_8859_1));
		assertEquals(Charset.forName("windows-1252"), ConsoleCharset.forPlatform(Charset.forName("windows-1252")));
	}

	/** A JVM of its own, started as a user's shell would start it without a locale, or with one that is not installed. */
	@Test
	void portugueseMessagesKeepTheirAccentsWithoutALocale() throws Exception {
		for (Map<String, String> locale : List.of(Map.<String, String>of(), Map.of("LANG", "C"), Map.of("LC_ALL", "pt_BR.ISO-8859-99"))) {
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
					GovModelCli.class.getName(), "score", "--lang", "pt", Path.of("../examples/cordoba-2023.govmodel").toAbsolutePath().toString());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.equals("LANGUAGE") || name.startsWith("LC_"));
			builder.environment().putAll(locale);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(0, process.waitFor(), output);
			assertTrue(output.contains("Modelo de maturidade do governo digital da CEPAL, 2023: média 2,59"), locale + ": " + output);
			assertTrue(output.contains("Governança e institucionalidade"), locale + ": " + output);
			assertFalse(output.contains("?"), locale + ": " + output);
		}
	}
}
