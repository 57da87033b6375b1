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
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.ide.server.ClientLanguage;
import org.govmodel.generators.preview.PreviewView;
import org.govmodel.generators.preview.PreviewViews;

import com.google.inject.Inject;

/**
 * The {@code govmodel/preview} request: the org diagram, radar and trend of a
 * model file as SVG, computed on the server's current (unsaved) state of the
 * workspace so that a preview beside the editor follows every edit. The
 * pictures and their captions are in the language {@link PreviewLanguage}
 * decides (what {@code govmodel generate} would publish); the messages about
 * the request are in the editor's language ({@link ClientLanguage}), as the
 * diagnostics are.
 */
@JsonSegment("govmodel")
public class PreviewRequests implements ILanguageServerExtension {

	private static final Logger LOG = Logger.getLogger(PreviewRequests.class);

	/** The bundle of the answers' messages: {@code preview.properties}, {@code _es}, {@code _pt}. */
	public static final String BUNDLE = "org.govmodel.dsl.ide.i18n.preview";

	@Inject
	private PreviewViews previews;

	@Inject
	private PreviewLanguage pictures;

	private ILanguageServerAccess access;

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	@JsonRequest
	public CompletableFuture<PreviewResult> preview(PreviewParams params) {
		if (params == null || params.uri() == null || params.uri().isBlank()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, messages(atStart()).text("error.noUri"), null));
		}
		return access.doRead(params.uri(), context -> render(params.uri(), context.getResource())).exceptionally(failure -> {
			throw answerFor(params.uri(), failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure,
					messages(atStart()));
		});
	}

	/**
	 * The editor's languages where no project's resource set tells the current ones (a request without a file,
	 * a file that cannot be read): as {@code initialize} set them.
	 */
	private ClientLanguage.Choice atStart() {
		ClientLanguage initial = new ClientLanguage();
		initial.initialize(access.getInitializeParams());
		return initial.choice();
	}

	/** The answers' messages, in the language of everything else the server tells the editor's user (diagnostics, hovers). */
	private static Messages messages(ClientLanguage.Choice editor) {
		return Messages.load(BUNDLE, PreviewRequests.class, editor.language());
	}

	/** An edit cancels the running preview (the client asks again); a file that cannot be read is the caller's mistake; anything else is ours, and logged. */
	private static ResponseErrorException answerFor(String uri, Throwable failure, Messages messages) {
		if (failure instanceof CancellationException || failure instanceof OperationCanceledException || failure instanceof OperationCanceledError) {
			return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestCancelled, messages.text("error.cancelled", "uri", uri), null));
		}
		if (causes(failure).anyMatch(IOException.class::isInstance)) {
			return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, messages.text("error.unreadable", "uri", uri), null));
		}
		LOG.error("The preview of " + uri + " failed", failure);
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError, messages.text("error.failed", "uri", uri, "failure", String.valueOf(failure)), null));
	}

	private static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(10);
	}

	private PreviewResult render(String uri, Resource resource) {
		ClientLanguage.Choice editor = ClientLanguage.of(resource == null ? null : resource.getResourceSet()).orElseGet(this::atStart);
		Messages messages = messages(editor);
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new PreviewResult(uri, List.of(), messages.text("nothing.notInWorkspace"), messages.language().tag());
		}
		Language language = pictures.of(model, editor);
		List<PreviewView> views = previews.of(model, language);
		boolean broken = !resource.getErrors().isEmpty();
		String message = null;
		if (views.isEmpty()) {
			message = messages.text(broken ? "nothing.syntaxErrors" : "nothing.declared");
		} else if (broken) {
			message = messages.text("partial.syntaxErrors");
		}
		return new PreviewResult(uri, views, message, language.tag());
	}
}
