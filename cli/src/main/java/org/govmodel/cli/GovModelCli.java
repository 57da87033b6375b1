package org.govmodel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.TerminalText;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code govmodel} command. Exit codes: 0 success, 1 the models have
 * errors (or would be reformatted with {@code --check}), 2 usage or I/O
 * errors. No command prints a stack trace.
 */
@Command(name = "govmodel", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Checks digital-government governance models (.govmodel) and turns them into reports.",
		subcommands = { ValidateCommand.class, FormatCommand.class, DiffCommand.class, ScoreCommand.class, GenerateCommand.class, RulesCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public class GovModelCli implements Runnable {

	public static final int OK = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL = 3;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		// the terminal is read by people: it keeps the platform's encoding, chosen here on purpose
		Charset console = Charset.defaultCharset();
		System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, console), true), new PrintWriter(new OutputStreamWriter(System.err, console), true)));
	}

	/** Runs the command line and returns its exit code; used by main and by tests. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		// JGit logs through SLF4J; without a provider SLF4J would warn on stderr on every diff --git
		System.setProperty("slf4j.internal.verbosity", "ERROR");
		// picocli warns on System.err, in English, about what it could not make of an option's value (unbalanced quotes)
		// before the command's own message about the same mistake; the command's message is the one the user needs
		if (System.getProperty("picocli.trace") == null) {
			System.setProperty("picocli.trace", "OFF");
		}
		CommandLine commandLine = new CommandLine(new GovModelCli());
		commandLine.setExecutionStrategy(new InjectingExecution(() -> new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration()));
		commandLine.setOut(out);
		commandLine.setErr(err);
		// help and usage messages in the language asked for (--lang, else the environment's)
		Language language = LanguageOption.forHelp(args, System.getenv());
		LanguageOption.helpBundle(language).ifPresent(commandLine::setResourceBundle);
		commandLine.setParameterExceptionHandler(new LocalizedUsageErrors(language));
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, err));
		try {
			return commandLine.execute(args);
		} catch (RuntimeException | Error e) {
			// picocli hands only exceptions to the handler; a stack overflow or out-of-memory error ends here
			return internalError(e, err);
		}
	}

	/** Whatever a command did not expect: one line, no stack trace, exit code 3. */
	private static int internalError(Throwable e, PrintWriter err) {
		err.println("govmodel: internal error: " + TerminalText.escape(String.valueOf(e)) + " (please report it with the model that caused it)");
		err.flush();
		return INTERNAL;
	}
}
