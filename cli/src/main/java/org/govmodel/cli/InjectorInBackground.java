package org.govmodel.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import com.google.inject.Injector;

/**
 * The language's injector, created on a second thread from the start of a run.
 * In a fresh JVM, creating it (EMF registration, the grammar, Guice) and
 * picocli's reading of the command line each take a few hundred milliseconds
 * and neither needs the other: on two cores a short run such as
 * {@code validate} starts its real work that much sooner.
 */
final class InjectorInBackground implements Supplier<Injector>, AutoCloseable {

	private final FutureTask<Injector> creation;

	private InjectorInBackground(Supplier<Injector> factory) {
		this.creation = new FutureTask<>(factory::get);
	}

	/** Starts creating the injector on a thread of its own. */
	static InjectorInBackground start(Supplier<Injector> factory) {
		InjectorInBackground injector = new InjectorInBackground(factory);
		Thread thread = new Thread(injector.creation, "govmodel-services");
		// a run that ends without asking for the services (a usage error) must still be able to exit
		thread.setDaemon(true);
		thread.start();
		return injector;
	}

	/** The injector, once created; whatever the creation threw, thrown here, on the caller's thread. */
	@Override
	public Injector get() {
		try {
			return creation.get();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the language's services were being created", e);
		}
	}

	/**
	 * Waits until the creation has ended, whether or not the run used it: no thread of a run
	 * outlives it, so runs in one JVM (tests, the Maven plugin) never register EMF's packages
	 * at the same time.
	 */
	@Override
	public void close() {
		try {
			creation.get();
		} catch (ExecutionException e) {
			// get() has reported it, if the run asked for the services; otherwise nobody needed them
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
