package org.govmodel.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import picocli.CommandLine;

/**
 * Fuzzes the command line's argument parsing (Jazzer): any list of arguments
 * either parses or is a usage error (picocli's ParameterException, exit code 2).
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
		try {
			COMMAND_LINE.parseArgs(args);
		} catch (CommandLine.ParameterException usageError) {
			// reported as a usage error with exit code 2
		}
	}
}
