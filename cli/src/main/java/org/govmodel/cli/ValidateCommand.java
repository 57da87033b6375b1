package org.govmodel.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.govmodel.dsl.loading.TerminalText;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks models: syntax, references and governance rules.",
				"Prints one diagnostic per line as path:line:col: severity: message [rule].",
				"Rule severities: each model's nearest govmodel.json (its folder or above), then --settings, then --rule.",
				"Exit code 0 when there is no error, 1 when there are errors (or warnings with --strict), 2 for usage or I/O errors." })
class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Mixin
	private RuleOptions ruleOptions;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private DiagnosticFormat format;

	@Option(names = "--stats", description = "Print the number of files, lines, elapsed time and peak heap on stderr.")
	private boolean stats;

	@Option(names = "--strict", description = "Treat warnings as errors (exit code 1 when there is any warning).")
	private boolean strict;

	@Inject
	private ModelCheck check;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		RunStatistics statistics = new RunStatistics();
		ModelCheck.Result result;
		try {
			result = check.run(paths.paths, ruleOptions, language.language());
		} catch (ModelCheck.UsageError e) {
			// a file the run cannot use (a settings file that is not valid JSON, a model it cannot read) is a finding
			// of that file: a report format carries it like any other, so a CI step shows it where it shows the rest.
			// No count of files checked follows it: none was (the line below says why)
			if (format != DiagnosticFormat.text && !e.located().isEmpty()) {
				format.report(e.located(), 0, language.language(), out);
				out.flush();
			}
			err.println("govmodel validate: " + TerminalText.escape(e.getMessage()));
			return GovModelCli.USAGE;
		}
		format.print(result.diagnostics(), result.files().size(), language.language(), out, err);
		if (stats) {
			statistics.print(result.files(), err);
		}
		boolean failed = result.hasErrors() || strict && result.hasWarnings();
		return failed ? GovModelCli.MODEL_ERRORS : GovModelCli.OK;
	}
}
