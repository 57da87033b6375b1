package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import picocli.CommandLine;

/**
 * Fuzzes the command line's argument parsing (Jazzer): any list of arguments
 * either parses or is a usage error (picocli's ParameterException, exit code 2), alike for the command line with every
 * command and for the one a run builds, which holds only the command its first argument names.
 * Only parses, never executes: a fuzzer must not format or overwrite files.
 */
class ArgumentsFuzzTest {

	/** One command line for all inputs: picocli resets its parse state on every parseArgs. */
	private static final CommandLine COMMAND_LINE = GovModelCli.commandLine()
			// @file expansion would read whatever file a fuzzed argument names (and block on a fifo)
			.setExpandAtFiles(false);

	private static final String[] WORDS = { "validate", "format", "diff", "--git", "HEAD~1..HEAD", "score", "generate", "rules", "lsp", "help", "--check", "--format",
			"json", "text", "--strict", "--stats", "--rule", "GOV-LINE-002=off", "--settings", "-o", "--output", "--only", "docs,json",
			"--help", "-h", "-V", "--version", "--", "-", "=", "@", "models.govmodel" };

	@FuzzTest(maxExecutions = 2000, maxDuration = "3m")
	void parseArguments(FuzzedDataProvider data) {
		int count = data.consumeInt(0, 8);
		String[] args = new String[count];
		for (int i = 0; i < count; i++) {
			args[i] = data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(20);
		}
		boolean parsedWithEveryCommand = parses(COMMAND_LINE, args);
		// a run is given only the command its first argument names: it must read the arguments as the full one does
		boolean parsedAsRun = parses(GovModelCli.commandLineFor(args).setExpandAtFiles(false), args);
		assertEquals(parsedWithEveryCommand, parsedAsRun, () -> "the command line a run builds reads " + Arrays.toString(args) + " otherwise");
	}

	private static boolean parses(CommandLine commandLine, String[] args) {
		try {
			commandLine.parseArgs(args);
			return true;
		} catch (CommandLine.ParameterException usageError) {
			// reported as a usage error with exit code 2
			return false;
		}
	}
}
