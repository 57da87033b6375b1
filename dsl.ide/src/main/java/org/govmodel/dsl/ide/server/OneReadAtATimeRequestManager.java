package org.govmodel.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function1;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager with its read requests run one at a time.
 * <p>
 * Xtext runs reads in parallel, but they all work on the project's one resource set, which EMF does not make safe
 * for that: even a read changes it (a document not yet loaded is loaded into it, proxies are resolved, caches filled).
 * Two requests that met a document not yet loaded each created a resource for it, and the second was answered
 * -32603 "A different resource with the URI … was already registered" (Xtext issue 2526; an editor sends several
 * requests at once whenever it shows a file). Writes need no more than Xtext gives them: each waits until every read
 * that has started is done.
 * <p>
 * A read is quick (milliseconds on a national model), so running them in turn costs an editor nothing it would
 * notice; a read cancelled while it waited for its turn does nothing. A read asked for by a read that has the turn
 * (Xtext's rename service reads through the language server's access and waits for the answer) is part of it and runs
 * at once, in its thread: queued behind it, each would wait for the other.
 */
@Singleton
public class OneReadAtATimeRequestManager extends RequestManager {

	private final Object readTurn = new Object();

	/** The cancel indicator of the read that has the turn, in its thread; null in every other thread. */
	private final ThreadLocal<CancelIndicator> turn = new ThreadLocal<>();

	@Inject
	public OneReadAtATimeRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
		super(parallel, operationCanceledManager);
	}

	/** Not synchronized as Xtext's is: a read within the turn must not hold the manager while it runs (super's is). */
	@Override
	public <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> read) {
		CancelIndicator outer = turn.get();
		if (outer != null) {
			return readWithinTheTurn(read, outer);
		}
		return super.runRead(cancelIndicator -> {
			synchronized (readTurn) {
				getOperationCanceledManager().checkCanceled(cancelIndicator);
				turn.set(cancelIndicator);
				try {
					return read.apply(cancelIndicator);
				} finally {
					turn.remove();
				}
			}
		});
	}

	/** The read asked for by the read that has the turn, run at once in its thread and cancelled with it. */
	private static <V> CompletableFuture<V> readWithinTheTurn(Function1<? super CancelIndicator, ? extends V> read, CancelIndicator outer) {
		try {
			return CompletableFuture.completedFuture(read.apply(outer));
		} catch (RuntimeException | Error failure) {
			return CompletableFuture.failedFuture(failure);
		}
	}
}
