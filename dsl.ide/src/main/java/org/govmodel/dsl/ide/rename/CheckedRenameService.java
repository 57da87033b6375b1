package org.govmodel.dsl.ide.rename;

import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.rename.RenameService2;

import com.google.inject.Inject;

/**
 * Xtext's rename, refusing a new name the grammar would not read back: the
 * editor shows the reason and the files stay as they are.
 */
public class CheckedRenameService extends RenameService2 {

	@Inject
	private NewNames names;

	@Override
	public WorkspaceEdit rename(Options options) {
		String newName = options.getRenameParams().getNewName();
		names.problemWith(newName).ifPresent(problem -> {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, problem, null));
		});
		return super.rename(options);
	}
}
