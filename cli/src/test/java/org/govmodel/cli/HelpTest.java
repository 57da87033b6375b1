package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

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
		for (String command : List.of("validate", "format", "diff", "score", "generate", "rules", "lsp", "help")) {
			assertTrue(run.out().contains("\n  " + command + " "), command + " missing from:\n" + run.out());
		}
	}

	/**
	 * A run naming a command is given that command alone (GovModelCli builds no other, for start-up's sake): its help,
	 * in each language, is word for word what the command line with every command prints.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "validate", "format", "diff", "score", "generate", "rules", "lsp" })
	void aCommandsHelpIsTheSameWhetherOrNotTheOthersAreBuilt(String command) {
		for (String language : List.of("en", "es", "pt")) {
			CommandLine everything = GovModelCli.commandLine();
			LanguageOption.helpBundle(Language.parse(language).orElseThrow()).ifPresent(everything::setResourceBundle);
			String expected = everything.getSubcommands().get(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
			CliRun run = CliRun.of(command, "--help", "--lang", language);
			assertEquals(0, run.exit(), run.err());
			assertEquals(expected, run.out());
		}
	}

	/** A mistyped command is still answered with the commands it may have meant, in the command line's words. */
	@Test
	void aMistypedCommandGetsSuggestions() {
		CliRun run = CliRun.of("validat", "examples");
		assertEquals(GovModelCli.USAGE, run.exit());
		assertTrue(run.err().contains("govmodel validate"), run.err());
	}
}
