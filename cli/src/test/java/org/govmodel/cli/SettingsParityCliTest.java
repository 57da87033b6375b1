package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code govmodel validate} on the settings-parity folder (dsl's test resources) reports what
 * every front end reports there: each model's nearest govmodel.json applies (the nested folder's
 * switches the rule off that the top folder's raises to an error), the misspelt rule id is a
 * GOV-CONFIG-001 warning on its line, build output is not read. However the folder is named.
 */
class SettingsParityCliTest {

	private static final Path PARITY = Path.of("../dsl/src/test/resources/settings-parity").toAbsolutePath().normalize();

	private static final Pattern LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (\\w+): .* \\[([A-Z0-9-]+)\\]$");

	@Test
	void theFolderAsAWhole() throws IOException {
		assertEquals(expected(), diagnostics(CliRun.of("validate", PARITY.toString())));
	}

	@Test
	void eachFileNamedOnItsOwnGetsItsOwnSettings() throws IOException {
		CliRun run = CliRun.of("validate", PARITY.resolve("nested/deeper/c.govmodel").toString(), PARITY.resolve("a.govmodel").toString(),
				PARITY.resolve("nested/b.govmodel").toString());
		assertEquals(expected(), diagnostics(run));
	}

	@Test
	void aNestedFolderNamedAloneKeepsItsOwnSettings() {
		CliRun run = CliRun.of("validate", PARITY.resolve("nested").toString());
		assertEquals(List.of(), diagnostics(run), "nested/govmodel.json switches GOV-AUTO-001 off: " + run.out());
	}

	static List<String> expected() throws IOException {
		return Files.readAllLines(PARITY.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8);
	}

	private static List<String> diagnostics(CliRun run) {
		return run.out().lines().map(LINE::matcher).filter(Matcher::matches).map(m -> PARITY.relativize(Path.of(m.group(1)).toAbsolutePath().normalize())
				.toString().replace('\\', '/') + ":" + m.group(2) + ":" + m.group(3) + " " + m.group(4) + " " + m.group(5)).sorted().toList();
	}
}
