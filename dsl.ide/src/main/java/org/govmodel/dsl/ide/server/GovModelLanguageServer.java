package org.govmodel.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.build.BuildInfo;
import org.govmodel.dsl.loading.SettingsFile;
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

	/** The name in the initialize result's {@code serverInfo}, next to the version and commit. */
	public static final String NAME = "GovModel Language Server";

	@Inject
	private ClientRuleSeverities clientSeverities;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getInitializationOptions() instanceof JsonElement options) {
			clientSeverities.update(options);
		}
		return super.initialize(params).thenApply(result -> {
			result.setServerInfo(new ServerInfo(NAME, BuildInfo.current().describe()));
			return result;
		});
	}

	/** Takes {@code settings.govmodel} (VS Code's section) and validates the workspace again with it. */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		if (params.getSettings() instanceof JsonObject settings && settings.get(SOURCE) != null) {
			// Xtext's own handling would only rebuild with the severities the projects already hold
			clientSeverities.update(settings.get(SOURCE));
			revalidateWithNewSettings();
		} else {
			super.didChangeConfiguration(params);
		}
	}

	/** A changed govmodel.json changes the severities of its project. */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		super.didChangeWatchedFiles(params);
		if (params.getChanges().stream().anyMatch(change -> change.getUri().endsWith("/" + SettingsFile.NAME))) {
			revalidateWithNewSettings();
		}
	}

	private void revalidateWithNewSettings() {
		runBuildable(() -> {
			for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
				if (project instanceof LibraryAwareProjectManager libraryAware) {
					libraryAware.refreshRuleSettings();
				}
			}
			return getWorkspaceManager().didChangeFiles(allFiles(), List.of());
		});
	}

	private List<URI> allFiles() {
		List<URI> files = new ArrayList<>();
		for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
			project.getIndexState().getResourceDescriptions().getAllURIs().forEach(files::add);
		}
		return files;
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(Either.forLeft(Rules.idOf(issue.getCode())));
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
