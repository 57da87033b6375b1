package org.govmodel.dsl.ide.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * The language server in process with a recording client: files are written
 * to disk and announced as a client would, diagnostics are kept by URI.
 */
final class TestServer implements AutoCloseable {

	final LanguageServerImpl server;
	final org.eclipse.lsp4j.InitializeResult initializeResult;
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final Map<String, Integer> publications = new ConcurrentHashMap<>();
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	private final LanguageClient client = new LanguageClient() {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
			publications.merge(params.getUri(), 1, Integer::sum);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	};

	/** Starts a server on the folders (each a project of its own), with the given initialization options. */
	TestServer(List<Path> folders, Object initializationOptions) throws Exception {
		this(folders, initializationOptions, null);
	}

	/** Starts a server as {@link #TestServer(List, Object)} does, for a client whose display language is {@code locale}. */
	TestServer(List<Path> folders, Object initializationOptions, String locale) throws Exception {
		server = Guice.createInjector(new GovModelServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(client);
		server.supportedMethods(); // as a JSON-RPC launcher does: registers the language's own requests (govmodel/preview)
		InitializeParams params = new InitializeParams();
		params.setRootUri(folders.get(0).toUri().toString());
		params.setWorkspaceFolders(folders.stream().map(f -> new WorkspaceFolder(f.toUri().toString(), f.getFileName().toString())).toList());
		params.setInitializationOptions(initializationOptions);
		params.setLocale(locale);
		initializeResult = server.initialize(params).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/** Writes the files into the folder, starts a server on it and waits for their first diagnostics. */
	static TestServer startOn(Path folder, Map<String, String> files) throws Exception {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
		TestServer server = new TestServer(List.of(folder), null);
		for (String file : files.keySet()) {
			server.awaitDiagnostics(folder.resolve(file));
		}
		return server;
	}

	/** Applies LSP edits (all relative to the original text) from the last to the first. */
	static String applyEdits(String text, List<? extends TextEdit> edits) {
		List<TextDocumentContentChangeEvent> changes = edits.stream()
				.sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine()).thenComparing(e -> e.getRange().getStart().getCharacter()).reversed())
				.map(e -> new TextDocumentContentChangeEvent(e.getRange(), e.getNewText())).toList();
		return new Document(1, text).applyTextDocumentChanges(changes).getContents();
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	/** The last diagnostics published for the file, or null when none were. */
	List<Diagnostic> diagnostics(Path file) {
		return diagnostics.get(uri(file));
	}

	/** Writes the file, tells the server, and waits for its new diagnostics. */
	List<Diagnostic> write(Path file, String text) throws Exception {
		boolean existed = Files.exists(file);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		diagnostics.remove(uri(file));
		server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
				List.of(new FileEvent(uri(file), existed ? FileChangeType.Changed : FileChangeType.Created))));
		return awaitDiagnostics(file);
	}

	/** Opens the file in the editor, as its text on disk. */
	void open(Path file) throws Exception {
		versions.put(uri(file), 1);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(file), "govmodel", 1, Files.readString(file, StandardCharsets.UTF_8))));
		settle(file);
	}

	/** Replaces the open file's text in the editor (unsaved, as while typing) and waits until the server has built it. */
	void type(Path file, String text) throws Exception {
		int version = versions.merge(uri(file), 1, Integer::sum);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
		settle(file);
	}

	/** Changes a range of the open file's text in the editor (an incremental change) and waits until the server has built it. */
	void edit(Path file, Range range, String text) throws Exception {
		int version = versions.merge(uri(file), 1, Integer::sum);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(range, text))));
		settle(file);
	}

	/** Waits until the server has handled everything sent before: a read request runs only after the pending builds. */
	void settle(Path file) throws Exception {
		server.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(file)))).get(30, TimeUnit.SECONDS);
	}

	/** Every URI diagnostics were published for, in order. */
	Set<String> publishedUris() {
		return new TreeSet<>(publications.keySet());
	}

	/** How many times diagnostics were published for the file. */
	int publications(Path file) {
		return publications.getOrDefault(uri(file), 0);
	}

	List<Diagnostic> awaitDiagnostics(Path file) throws InterruptedException {
		waitFor(() -> diagnostics.containsKey(uri(file)));
		return diagnostics.get(uri(file));
	}

	static void waitFor(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for the server");
			}
			Thread.sleep(20);
		}
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(10, TimeUnit.SECONDS);
	}
}
