package org.govmodel.dsl.ide.preview;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.service.OperationCanceledError;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.generators.preview.PreviewView;
import org.govmodel.generators.preview.PreviewViews;

import com.google.inject.Inject;

/**
 * The {@code govmodel/preview} request: the org diagram, radar and trend of a
 * model file as SVG, computed on the server's current (unsaved) state of the
 * workspace so that a preview beside the editor follows every edit.
 */
@JsonSegment("govmodel")
public class PreviewRequests implements ILanguageServerExtension {

	private static final Logger LOG = Logger.getLogger(PreviewRequests.class);

	@Inject
	private PreviewViews previews;

	private ILanguageServerAccess access;

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	@JsonRequest
	public CompletableFuture<PreviewResult> preview(PreviewParams params) {
		if (params == null || params.uri() == null || params.uri().isBlank()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "govmodel/preview needs { \"uri\": <the model file's URI> }", null));
		}
		return access.doRead(params.uri(), context -> render(params.uri(), context.getResource())).exceptionally(failure -> {
			throw answerFor(params.uri(), failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
		});
	}

	/** An edit cancels the running preview (the client asks again); a file that cannot be read is the caller's mistake; anything else is ours, and logged. */
	private static ResponseErrorException answerFor(String uri, Throwable failure) {
		if (failure instanceof CancellationException || failure instanceof OperationCanceledException || failure instanceof OperationCanceledError) {
			return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestCancelled, "The preview of " + uri + " was cancelled by a newer edit.", null));
		}
		if (causes(failure).anyMatch(IOException.class::isInstance)) {
			return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "Cannot preview " + uri + ": it is not a readable model file of the workspace.", null));
		}
		LOG.error("The preview of " + uri + " failed", failure);
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError, "The preview of " + uri + " failed: " + failure, null));
	}

	private static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(10);
	}

	private PreviewResult render(String uri, Resource resource) {
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new PreviewResult(uri, List.of(), "Nothing to preview: this file is not part of a GovModel workspace folder, or it is empty.");
		}
		List<PreviewView> views = previews.of(model);
		boolean broken = !resource.getErrors().isEmpty();
		String message = null;
		if (views.isEmpty()) {
			message = broken ? "Nothing to preview yet: fix the syntax errors first."
					: "Nothing to preview: the preview shows governance bodies and assessments, and this file declares neither.";
		} else if (broken) {
			message = "The file has syntax errors: the preview shows what could be read.";
		}
		return new PreviewResult(uri, views, message);
	}
}
