package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command explains itself. */
class HelpTest {

	@ParameterizedTest
	@ValueSource(strings = { "validate", "format", "score", "generate", "rules" })
	void everyCommandHasHelp(String command) {
		CliRun run = CliRun.of(command, "--help");
		assertEquals(0, run.exit());
		assertTrue(run.out().startsWith("Usage: govmodel " + command), run.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "help" })
	void theToolListsItsCommands(String help) {
		CliRun run = CliRun.of(help);
		assertEquals(0, run.exit());
		assertTrue(run.out().contains("validate") && run.out().contains("format"), run.out());
	}
}
