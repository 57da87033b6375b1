package org.govmodel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;

import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.util.MemoryAdvice;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code govmodel} command. Exit codes: 0 success, 1 the models have
 * errors (or would be reformatted with {@code --check}), 2 usage or I/O
 * errors, 3 out of memory or an internal error. No command prints a stack trace.
 */
@Command(name = "govmodel", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Checks digital-government governance models (.govmodel) and turns them into reports.")
public class GovModelCli implements Runnable {

	public static final int OK = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL = 3;

	private static final String GUICE_BYTECODE_GENERATION = "guice_bytecode_gen_option";

	/** How often the out-of-memory advice is worded before the plain fallback: the first try may find the heap still full. */
	private static final int MESSAGE_ATTEMPTS = 5;

	/** The commands, in the order the help lists them. */
	private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, FormatCommand.class, DiffCommand.class, ScoreCommand.class,
			GenerateCommand.class, RulesCommand.class, LspCommand.class, CommandLine.HelpCommand.class);

	private static final String ICU_LOCALE_SCAN = "com.ibm.icu.impl.ICUResourceBundle.skipRuntimeLocaleResourceScan";

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	private final boolean interactive;

	/** The command as tests build it: output read by a program, not on a terminal. */
	GovModelCli() {
		this(false);
	}

	private GovModelCli(boolean interactive) {
		this.interactive = interactive;
	}

	/**
	 * Whether the person who started the run reads its output on a terminal (then
	 * {@code diff} colours it). Asked of the caller, not of {@link System#console()}:
	 * a run served by the background process ({@link org.govmodel.cli.daemon}) has no
	 * console of its own.
	 */
	boolean interactive() {
		return interactive;
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		System.exit(runInThisJvm(args));
	}

	/** Runs the command line on this process's standard output and error, and returns its exit code. */
	public static int runInThisJvm(String[] args) {
		// the terminal is read by people: the platform's encoding, UTF-8 where that is only ASCII
		Charset console = ConsoleCharset.get();
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
		try {
			return run(args, new PrintWriter(new OutputStreamWriter(System.out, console), true), err, System.console() != null);
		} catch (RuntimeException | Error e) {
			// what escaped the command line itself, as creating the language's services in too small a heap does
			return cannotFinish(e, err, LanguageOption.forHelp(args, System.getenv()));
		}
	}

	/** Runs the command line and returns its exit code; used by tests. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, false);
	}

	/** Runs the command line in a JVM of its own and returns its exit code. */
	private static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
		configureLibraries();
		if (asksForHelpOnly(args)) {
			return run(args, out, err, GovModelCli::createInjector, interactive);
		}
		try (InjectorInBackground services = InjectorInBackground.start(GovModelCli::createInjector)) {
			return run(args, out, err, services, interactive);
		}
	}

	/**
	 * Runs the command line with services made once for many runs, as the background process
	 * does ({@link org.govmodel.cli.daemon.CommandDaemon}); each run still reads its models,
	 * settings and libraries afresh.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<Injector> services, boolean interactive) {
		configureLibraries();
		return runCommand(args, out, err, services, interactive);
	}

	/** The language's services, created on a thread of their own from now on; {@code get()} waits for them. */
	public static Supplier<Injector> servicesInBackground() {
		return InjectorInBackground.start(GovModelCli::createInjector);
	}

	private static void configureLibraries() {
		// JGit logs through SLF4J; without a provider SLF4J would warn on stderr on every diff --git
		System.setProperty("slf4j.internal.verbosity", "ERROR");
		// picocli warns on System.err, in English, about what it could not make of an option's value (unbalanced quotes)
		// before the command's own message about the same mistake; the command's message is the one the user needs
		if (System.getProperty("picocli.trace") == null) {
			System.setProperty("picocli.trace", "OFF");
		}
		// ICU4J lists the locales it has data for by walking every entry of the jar it is in, which in the
		// shaded jar is tens of thousands, on the first message with a number; its own index of them says the same
		if (System.getProperty(ICU_LOCALE_SCAN) == null) {
			System.setProperty(ICU_LOCALE_SCAN, "true");
		}
	}

	private static Injector createInjector() {
		configureGuice();
		return new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** Before Guice is first used, which reads the setting then. */
	private static void configureGuice() {
		// Guice generates and loads a class for every constructor and method it injects through (167 for validate,
		// none of them in the start-up archive); by reflection instead a short run took 0.95 of the time, and a
		// national model's validate the same time (docs/performance.md)
		if (System.getProperty(GUICE_BYTECODE_GENERATION) == null) {
			System.setProperty(GUICE_BYTECODE_GENERATION, "DISABLED");
		}
	}

	/**
	 * A head start on the diagnostics' texts ({@link DiagnosticLanguage#prepare}) for the commands that write them. Only
	 * a head start: a failure here (a damaged installation's bundle) is met again, and reported, where a text is first
	 * used, and commands that write none (lsp, rules) must not fail on it.
	 */
	private static void prepareDiagnostics(Language language) {
		try {
			DiagnosticLanguage.prepare(language);
		} catch (RuntimeException ignored) {
			// reported where the texts are used
		}
	}

	/** Help and the version need none of the language's services: no injector is created for them. */
	private static boolean asksForHelpOnly(String[] args) {
		if (args.length == 0 || args[0].equals("help")) {
			return true;
		}
		for (String arg : args) {
			switch (arg) {
			case "-h", "--help", "-V", "--version":
				return true;
			case "--":
				// what follows is a file name, even if it reads like an option
				return false;
			default:
			}
		}
		return false;
	}

	/** The command line with every command: what help lists, and what suggests a command for a mistyped one. */
	static CommandLine commandLine() {
		return commandLine(new GovModelCli(), COMMANDS);
	}

	/** The command line a run with these arguments is given ({@link #commandsFor}). */
	static CommandLine commandLineFor(String[] args) {
		return commandLine(new GovModelCli(), commandsFor(args));
	}

	private static CommandLine commandLine(GovModelCli top, List<Class<?>> commands) {
		CommandLine commandLine = new CommandLine(top);
		commands.forEach(commandLine::addSubcommand);
		return commandLine;
	}

	/**
	 * The commands a run needs. Picocli reads every option, mixin and field type of every command it is given before
	 * it parses a word, a third of its set-up on each run; when the first argument names a command, the others can
	 * play no part (no command takes another as an argument), so only that one is given. Its options, help and usage
	 * errors are the same either way. Any other first argument (none, an option, {@code help}, a mistyped command)
	 * gets them all.
	 */
	private static List<Class<?>> commandsFor(String[] args) {
		String first = args.length == 0 ? "" : args[0];
		for (Class<?> command : COMMANDS) {
			if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(first)) {
				return List.of(command);
			}
		}
		return COMMANDS;
	}

	private static int runCommand(String[] args, PrintWriter out, PrintWriter err, Supplier<Injector> services, boolean interactive) {
		CommandLine commandLine = commandLine(new GovModelCli(interactive), commandsFor(args));
		// help and usage messages in the language asked for (--lang, else the environment's)
		Language language = LanguageOption.forHelp(args, System.getenv());
		// the diagnostics are written in the same language: their texts are read while the services are made
		commandLine.setExecutionStrategy(new InjectingExecution(services, () -> prepareDiagnostics(language)));
		commandLine.setOut(out);
		commandLine.setErr(err);
		LanguageOption.helpBundle(language).ifPresent(commandLine::setResourceBundle);
		commandLine.setParameterExceptionHandler(new LocalizedUsageErrors(language));
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> cannotFinish(e, err, language));
		try {
			return commandLine.execute(args);
		} catch (RuntimeException | Error e) {
			// picocli hands only exceptions to the handler; a stack overflow or out-of-memory error ends here
			return cannotFinish(e, err, language);
		}
	}

	/**
	 * What stopped a command: a model too large for the memory Java was given, which the user can mend, or whatever
	 * else the command did not expect. One line, no stack trace, exit code 3.
	 */
	private static int cannotFinish(Throwable e, PrintWriter err, Language language) {
		if (MemoryAdvice.ranOutOfMemory(e)) {
			err.println("govmodel: " + outOfMemory(language));
		} else {
			err.println("govmodel: " + internalError(e, language));
		}
		err.flush();
		return INTERNAL;
	}

	private static String internalError(Throwable e, Language language) {
		String error = TerminalText.escape(String.valueOf(e));
		try {
			return CliMessages.of(language).text("internal.error", "error", error);
		} catch (RuntimeException | Error failure) {
			// the failure may be the message bundle's own (a broken installation): the line must still be printed
			return "internal error: " + error + " (please report it with the model that caused it)";
		}
	}

	private static String outOfMemory(Language language) {
		MemoryAdvice advice = MemoryAdvice.ofThisJvm();
		for (int attempt = 1;; attempt++) {
			try {
				return CliMessages.of(language).text("internal.outOfMemory", "megabytes", advice.megabytes(), "suggested", advice.suggestedOption());
			} catch (OutOfMemoryError again) {
				if (attempt == MESSAGE_ATTEMPTS) {
					// the option, at least, must reach the user
					return "out of memory: GOVMODEL_JAVA_OPTS=" + advice.suggestedOption();
				}
				// the threads that shared the failed work can hold its memory a moment longer than the stack that failed
				waitForFailedWork();
			}
		}
	}

	private static void waitForFailedWork() {
		System.gc();
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
