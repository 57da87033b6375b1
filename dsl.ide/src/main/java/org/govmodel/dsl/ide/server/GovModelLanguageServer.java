package org.govmodel.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.validation.Rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * The language server: Xtext's, with GovModel rule ids as diagnostic codes and
 * rule severities taken from the editor's settings.
 */
public class GovModelLanguageServer extends LanguageServerImpl {

	public static final String SOURCE = "govmodel";

	@Inject
	private ClientRuleSeverities clientSeverities;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getInitializationOptions() instanceof JsonElement options) {
			clientSeverities.update(options);
		}
		return super.initialize(params);
	}

	/** Takes {@code settings.govmodel} (VS Code's section) and rebuilds the workspace with it. */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		if (params.getSettings() instanceof JsonObject settings && settings.get(SOURCE) != null) {
			clientSeverities.update(settings.get(SOURCE));
		}
		super.didChangeConfiguration(params);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(Either.forLeft(Rules.idOf(issue.getCode())));
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
