package org.govmodel.dsl.ide.rename;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.rename.RenameService2;

import com.google.inject.Inject;

/**
 * Xtext's rename, refusing what it cannot do as the client's mistake, with the
 * reason, so the editor shows it and the files stay as they are: a new name
 * the grammar would not read back, and a position where the document has no
 * name to rename (Xtext's own refusal of it is an "internal error" with a
 * stack trace in the log).
 */
public class CheckedRenameService extends RenameService2 {

	@Inject
	private NewNames names;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		names.problemWith(params.getNewName()).ifPresent(problem -> {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, problem, null));
		});
		if (!hasNameAt(options)) {
			Position position = params.getPosition();
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "Nothing to rename at line " + (position.getLine() + 1)
					+ ", column " + (position.getCharacter() + 1)
					+ ": place the cursor on the name of an element, where it is declared or where a reference to it resolves.", null));
		}
		return super.rename(options);
	}

	/**
	 * The editor's question "can this be renamed?" before it asks for a new name, answered whatever the client
	 * declared (Xtext's {@code prepareRename} answers nothing to a client that does not prepare renames).
	 */
	private boolean hasNameAt(Options options) {
		RenameParams params = options.getRenameParams();
		PrepareRenameParams prepare = new PrepareRenameParams(params.getTextDocument(), params.getPosition());
		return options.getLanguageServerAccess()
				.doRead(params.getTextDocument().getUri(),
						context -> context.getDocument() != null && doPrepareRename(context.getResource(), context.getDocument(), prepare, options.getCancelIndicator()) != null)
				.join();
	}
}
