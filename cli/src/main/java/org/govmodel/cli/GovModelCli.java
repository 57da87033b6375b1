package org.govmodel.cli;

import java.io.PrintWriter;

import org.govmodel.dsl.GovModelStandaloneSetup;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code govmodel} command. Exit codes: 0 success, 1 the models have
 * errors (or would be reformatted with {@code --check}), 2 usage or I/O
 * errors. No command prints a stack trace.
 */
@Command(name = "govmodel", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Checks digital-government governance models (.govmodel) and turns them into reports.",
		subcommands = { ValidateCommand.class, FormatCommand.class, ScoreCommand.class, GenerateCommand.class, RulesCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
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
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line and returns its exit code; used by main and by tests. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new GovModelCli());
		commandLine.setExecutionStrategy(new InjectingExecution(() -> new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration()));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			err.println("govmodel: internal error: " + e + " (please report it with the model that caused it)");
			return INTERNAL;
		});
		return commandLine.execute(args);
	}
}
