package org.govmodel.dsl.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.validation.Rules;

/** The language server: Xtext's, with GovModel rule ids as diagnostic codes. */
public class GovModelLanguageServer extends LanguageServerImpl {

	public static final String SOURCE = "govmodel";

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(Either.forLeft(Rules.idOf(issue.getCode())));
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
