package org.govmodel.dsl.ide.rename;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;

import com.google.inject.Inject;

/**
 * Xtext's rename, refusing what it cannot do as the client's mistake, with the
 * reason in the language of the model's diagnostics, so the editor shows it and
 * the files stay as they are: a new name the grammar would not read back, and a
 * position where the document has no name to rename (Xtext's own refusal of it
 * is an "internal error" with a stack trace in the log).
 */
public class CheckedRenameService extends RenameService2 {

	/** The bundle of the refusals: {@code rename.properties}, {@code _es}, {@code _pt}. */
	public static final String BUNDLE = "org.govmodel.dsl.ide.i18n.rename";

	@Inject
	private NewNames names;

	/** What the document says about the request: whether a name is at its position, and the language to answer in. */
	private record Target(boolean hasName, Language language) {
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		Target target = targetOf(options);
		Messages messages = Messages.load(BUNDLE, CheckedRenameService.class, target.language());
		names.problemWith(params.getNewName(), messages).ifPresent(problem -> {
			throw invalid(problem);
		});
		if (!target.hasName()) {
			Position position = params.getPosition();
			throw invalid(messages.text("rename.nothingHere", "line", String.valueOf(position.getLine() + 1), "column",
					String.valueOf(position.getCharacter() + 1)));
		}
		return super.rename(options);
	}

	/**
	 * Asks the editor's question "can this be renamed?" before it asks for a new name, whatever the client declared
	 * (Xtext's {@code prepareRename} answers nothing to a client that does not prepare renames).
	 */
	private Target targetOf(Options options) {
		RenameParams params = options.getRenameParams();
		PrepareRenameParams prepare = new PrepareRenameParams(params.getTextDocument(), params.getPosition());
		return options.getLanguageServerAccess().doRead(params.getTextDocument().getUri(), context -> {
			Resource resource = context.getResource();
			Language language = resource == null || resource.getResourceSet() == null ? Language.EN : DiagnosticLanguage.of(resource.getResourceSet());
			boolean hasName = context.getDocument() != null && doPrepareRename(resource, context.getDocument(), prepare, options.getCancelIndicator()) != null;
			return new Target(hasName, language);
		}).join();
	}

	private static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
