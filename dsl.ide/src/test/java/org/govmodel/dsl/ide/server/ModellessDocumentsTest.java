package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (found by fuzzing the protocol): a document whose first word the grammar cannot start a model with
 * (what a modeller has typed one letter into a new file, or a paste gone wrong) parses to no model at all, and
 * "go to definition" anywhere in it failed with -32603 and a stack trace: Xtext read the name of an element that
 * does not exist. Every request of the editor, at every position of such a document, gets an ordinary answer.
 */
class ModellessDocumentsTest {

	@TempDir
	Path workspace;

	private TestServer server;

	@BeforeEach
	void start() throws Exception {
		server = TestServer.startOn(workspace, Map.of("model.govmodel", "operational institution agency \"Agency\" agency\n"));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I", "]", "{ agency }", "I\u0001dn\\E]]]$\u0003!", "\"unterminated", "// a note\nNota: revisar\n" })
	void everyRequestAtEveryPositionGetsAnOrdinaryAnswer(String text) throws Exception {
		Path file = workspace.resolve("new.govmodel");
		TextDocumentIdentifier document = new TextDocumentIdentifier(TestServer.uri(file));
		LanguageServer lsp = server.server;
		lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(document.getUri(), "govmodel", 1, text)));

		List<Position> positions = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int line = 0; line < lines.length; line++) {
			for (int character = 0; character <= lines[line].length(); character++) {
				positions.add(new Position(line, character));
			}
		}
		var texts = lsp.getTextDocumentService();
		for (Position at : positions) {
			Range here = new Range(at, at);
			assertAnswered("hover", at, () -> texts.hover(new HoverParams(document, at)));
			assertAnswered("completion", at, () -> texts.completion(new CompletionParams(document, at)));
			assertAnswered("definition", at, () -> texts.definition(new DefinitionParams(document, at)));
			assertAnswered("references", at, () -> texts.references(new ReferenceParams(document, at, new ReferenceContext(true))));
			assertAnswered("documentHighlight", at, () -> texts.documentHighlight(new DocumentHighlightParams(document, at)));
			assertAnswered("prepareRename", at, () -> texts.prepareRename(new PrepareRenameParams(document, at)));
			assertAnswered("rename", at, () -> texts.rename(new RenameParams(document, at, "other")));
			assertAnswered("signatureHelp", at, () -> texts.signatureHelp(new SignatureHelpParams(document, at)));
			assertAnswered("codeAction", at, () -> texts.codeAction(new CodeActionParams(document, here, new CodeActionContext(List.of()))));
			assertAnswered("rangeFormatting", at,
					() -> texts.rangeFormatting(new DocumentRangeFormattingParams(document, new FormattingOptions(4, true), here)));
		}
		Position start = new Position(0, 0);
		assertAnswered("documentSymbol", start, () -> texts.documentSymbol(new DocumentSymbolParams(document)));
		assertAnswered("formatting", start, () -> texts.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true))));
		assertAnswered("foldingRange", start, () -> texts.foldingRange(new FoldingRangeRequestParams(document)));
		assertAnswered("semanticTokens", start, () -> texts.semanticTokensFull(new SemanticTokensParams(document)));
		assertAnswered("codeLens", start, () -> texts.codeLens(new CodeLensParams(document)));
		// and the modeller is told what is wrong with it
		TestServer.waitFor(() -> server.diagnostics(file) != null && !server.diagnostics(file).isEmpty());
	}

	/** Answered with a result or a protocol error a client can act on; not an internal error (a bug of the server). */
	private static void assertAnswered(String request, Position at, Supplier<CompletableFuture<?>> send) throws Exception {
		try {
			send.get().get(20, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (!(cause instanceof ResponseErrorException error)) {
				fail(request + " at " + at.getLine() + ":" + at.getCharacter() + " failed: " + cause, cause);
				return;
			}
			assertNotEquals(ResponseErrorCode.InternalError.getValue(), error.getResponseError().getCode(),
					() -> request + " at " + at.getLine() + ":" + at.getCharacter() + ": " + error.getResponseError().getMessage());
		}
	}
}
