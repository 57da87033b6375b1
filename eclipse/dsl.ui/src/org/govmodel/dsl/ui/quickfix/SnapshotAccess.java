package org.govmodel.dsl.ui.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.model.ModelSnapshot;

/**
 * Xtext's quick-fix resolutions read the model through the language server's
 * workspace; in Eclipse that workspace is one snapshot, which this serves.
 */
class SnapshotAccess implements ILanguageServerAccess {

	private final ModelSnapshot snapshot;

	SnapshotAccess(ModelSnapshot snapshot) {
		this.snapshot = snapshot;
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(new Context(snapshot.resource(), snapshot.document(), true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return snapshot.resourceSet();
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("no workspace index in a snapshot");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// a snapshot is never rebuilt
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public InitializeParams getInitializeParams() {
		return null;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}
}
