package org.govmodel.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.UriExtensions;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.build.BuildInfo;
import org.govmodel.dsl.ide.rename.CheckedRenameService;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.validation.Rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * The language server: Xtext's, with GovModel rule ids as diagnostic codes,
 * rule severities taken from the editor's settings, and careless requests
 * (unknown methods, positions past the end of a document) answered with the
 * protocol's error codes or empty results instead of internal errors.
 */
public class GovModelLanguageServer extends LanguageServerImpl {

	/** Whether the client declared it can run commands, and so was offered them (see {@link #executeCommand}). */
	private volatile boolean commandsOffered;

	public static final String SOURCE = "govmodel";

	/** The name in the initialize result's {@code serverInfo}, next to the version and commit. */
	public static final String NAME = "GovModel Language Server";

	@Inject
	private ClientRuleSeverities clientSeverities;

	@Inject
	private ClientLanguage clientLanguage;

	@Inject
	private IResourceServiceProvider.Registry languages;

	@Inject
	private UriExtensions uris;

	/** Whether the URI names a document the server can read: a file of the language (by its extension). */
	public boolean serves(String uri) {
		try {
			return languages.getResourceServiceProvider(uris.toUri(uri)) != null;
		} catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		commandsOffered = params.getCapabilities() != null && params.getCapabilities().getWorkspace() != null
				&& params.getCapabilities().getWorkspace().getExecuteCommand() != null;
		clientLanguage.initialize(params);
		if (params.getInitializationOptions() instanceof JsonElement options) {
			clientSeverities.update(options);
		}
		if (namesNoFolder(params)) {
			// an editor opened on a lone file (VS Code without a folder) names no root, and Xtext's workspace needs one:
			// an empty folder of its own, so that each file the client opens is checked alone with the library
			params.setRootUri(EmptyWorkspace.folder().toUri().toString());
		}
		return super.initialize(params).thenApply(result -> {
			result.setServerInfo(new ServerInfo(NAME, BuildInfo.current().describe()));
			return result;
		});
	}

	/**
	 * Xtext sets up its command registry only for a client that declared {@code workspace.executeCommand}; a command
	 * from any other client met a registry never made (a NullPointerException, answered -32603). Such a client was
	 * offered no command, so whatever it names is unknown here: -32602. Found by fuzzing the protocol.
	 */
	@Override
	public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
		if (!commandsOffered) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"No command is offered to a client that declared no workspace.executeCommand capability", null)));
		}
		return super.executeCommand(params);
	}

	@SuppressWarnings("deprecation") // rootPath: older clients still send only it
	private static boolean namesNoFolder(InitializeParams params) {
		return params.getRootUri() == null && params.getRootPath() == null && (params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty());
	}

	/** Takes {@code settings.govmodel} (VS Code's section: rules, language) and validates the workspace again with it. */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		if (params.getSettings() instanceof JsonObject settings && settings.get(SOURCE) != null) {
			// Xtext's own handling would only rebuild with the severities the projects already hold
			clientSeverities.update(settings.get(SOURCE));
			clientLanguage.update(settings.get(SOURCE));
			revalidateWithNewSettings();
		} else {
			super.didChangeConfiguration(params);
		}
	}

	/**
	 * A changed govmodel.json changes the severities of its project: the settings are read again and every model
	 * rebuilt, once (the settings change is not also handed to Xtext, whose build would notice it on disk and
	 * rebuild everything a second time).
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		Map<Boolean, List<FileEvent>> bySettings = params.getChanges().stream()
				.collect(Collectors.partitioningBy(change -> change.getUri().endsWith("/" + SettingsFile.NAME)));
		if (bySettings.get(true).isEmpty()) {
			super.didChangeWatchedFiles(params);
			return;
		}
		if (!bySettings.get(false).isEmpty()) {
			super.didChangeWatchedFiles(new DidChangeWatchedFilesParams(bySettings.get(false)));
		}
		revalidateWithNewSettings();
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

	/** A method the server does not know is "method not found" (-32601), not an internal error. */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!supportedMethods().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
		}
		return super.request(method, parameter);
	}

	// Requests at a position past the end of the document have nothing to answer.

	@Override
	protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
		return heldToDocument(params) ? super.hover(params, cancelIndicator) : IHoverService.EMPTY_HOVER;
	}

	@Override
	protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancelIndicator, CompletionParams params) {
		return heldToDocument(params) ? super.completion(cancelIndicator, params) : Either.forRight(new CompletionList());
	}

	@Override
	protected List<? extends Location> definition(CancelIndicator cancelIndicator, DefinitionParams params) {
		return heldToDocument(params) ? super.definition(cancelIndicator, params) : List.of();
	}

	@Override
	protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancelIndicator) {
		return heldToDocument(params) ? super.references(params, cancelIndicator) : List.of();
	}

	@Override
	protected List<? extends DocumentHighlight> documentHighlight(DocumentHighlightParams params, CancelIndicator cancelIndicator) {
		return heldToDocument(params) ? super.documentHighlight(params, cancelIndicator) : List.of();
	}

	@Override
	protected SignatureHelp signatureHelp(SignatureHelpParams params, CancelIndicator cancelIndicator) {
		return heldToDocument(params) ? super.signatureHelp(params, cancelIndicator) : new SignatureHelp();
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params, CancelIndicator cancelIndicator) {
		return heldToDocument(params) ? super.prepareRename(params, cancelIndicator) : null;
	}

	/**
	 * A rename at a position outside the document renames nothing; one the rename service would refuse (a new name
	 * that is no name, no name at the position) is refused with the reason, as invalid parameters.
	 */
	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
		Position sent = params.getPosition();
		if (!heldToDocument(params)) {
			return new WorkspaceEdit();
		}
		Optional<String> refusal = getWorkspaceManager().doRead(getURI(params), (document, resource) -> {
			IResourceServiceProvider services = resource == null ? null : resource.getResourceServiceProvider();
			return services != null && services.get(IRenameService2.class) instanceof CheckedRenameService checks
					? checks.refusal(resource, document, params, sent)
					: Optional.<String> empty();
		});
		if (refusal.isPresent()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, refusal.get(), null));
		}
		return super.rename(params, cancelIndicator);
	}

	/** An edit is applied with its ranges held to the open document ({@link DocumentChanges}). Runs in the edit's write request. */
	@Override
	protected BuildManager.Buildable toBuildable(DidChangeTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		if (uri != null && params.getContentChanges() != null && getWorkspaceManager().isDocumentOpen(uri)) {
			Document document = getWorkspaceManager().doRead(uri, (open, resource) -> open);
			if (document != null) {
				params.setContentChanges(DocumentChanges.heldTo(document, params.getContentChanges()));
			}
		}
		return super.toBuildable(params);
	}

	@Override
	protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		Range range = getWorkspaceManager().doRead(getURI(params.getTextDocument()),
				(document, resource) -> document == null ? params.getRange() : DocumentPositions.clamp(document, params.getRange()));
		if (range == null) {
			return List.of();
		}
		params.setRange(range);
		return super.rangeFormatting(params, cancelIndicator);
	}

	/** Holds the request's position to its document; false when the position's line is not in it, or there is no document. */
	private boolean heldToDocument(TextDocumentPositionParams params) {
		// no document: neither open nor on disk, or outside the workspace; nothing to answer either
		Position position = getWorkspaceManager().doRead(getURI(params),
				(document, resource) -> document == null ? null : DocumentPositions.clamp(document, params.getPosition()));
		if (position == null) {
			return false;
		}
		params.setPosition(position);
		return true;
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(Either.forLeft(Rules.idOf(issue.getCode())));
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
