package org.govmodel.cli;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.IGrammarAccess;
import org.govmodel.dsl.GovModelStandaloneSetup;

import com.google.inject.Injector;

/**
 * The language's services for a run in a JVM of its own, made on two threads at once. Guice's injector is made on
 * a thread of its own while the caller registers EMF's packages ({@link GovModelStandaloneSetup#registerPackages}):
 * the two halves share nothing. Then, on the first thread again, the injector is registered with EMF and the
 * grammar is loaded, while the caller reads the command line. Made one after the other on one thread, the
 * halves and the grammar were the longest path of a short command (docs/performance.md).
 */
final class TwoThreadSetup {

	private TwoThreadSetup() {
	}

	/** Starts making the services; returns once EMF's half is done on this thread. {@code get()} waits for the rest. */
	static InjectorInBackground start() {
		GovModelCli.configureGuice();
		GovModelStandaloneSetup setup = new GovModelStandaloneSetup();
		CompletableFuture<Void> packages = new CompletableFuture<>();
		InjectorInBackground services = InjectorInBackground.start(() -> {
			Injector injector = setup.createInjector();
			packages.join();
			setup.register(injector);
			// every command that needs the services reads models, and the grammar is the first thing a parse needs
			injector.getInstance(IGrammarAccess.class).getGrammar();
			return injector;
		});
		try {
			GovModelStandaloneSetup.registerPackages();
			packages.complete(null);
		} catch (RuntimeException | Error e) {
			// the other thread must not wait for packages that will never come, nor outlive the run
			packages.completeExceptionally(e);
			services.close();
			throw e;
		}
		return services;
	}
}
