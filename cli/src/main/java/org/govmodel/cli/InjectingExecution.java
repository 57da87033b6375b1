package org.govmodel.cli;

import java.util.function.Supplier;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the chosen command after injecting the language's services into it.
 * Help and {@code --version} need no services, so they create no injector:
 * creating it (EMF registration, the grammar, Guice) is most of the start-up.
 */
class InjectingExecution implements CommandLine.IExecutionStrategy {

	private final Supplier<Injector> injector;
	private final Runnable meanwhile;

	/**
	 * @param meanwhile work that needs no services, done before waiting for them: in a JVM of its own they are still
	 *                  being created on another thread ({@link InjectorInBackground})
	 */
	InjectingExecution(Supplier<Injector> injector, Runnable meanwhile) {
		this.injector = injector;
		this.meanwhile = meanwhile;
	}

	@Override
	public int execute(ParseResult parseResult) {
		Integer helpExitCode = CommandLine.executeHelpRequest(parseResult);
		if (helpExitCode != null) {
			return helpExitCode;
		}
		meanwhile.run();
		Injector services;
		try {
			services = injector.get();
		} catch (RuntimeException e) {
			throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), "cannot start the language", e);
		}
		for (CommandLine command : parseResult.asCommandLineList()) {
			services.injectMembers(command.getCommand());
		}
		return new CommandLine.RunLast().execute(parseResult);
	}
}
