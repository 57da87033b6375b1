package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor asks several things at once (VS Code sends symbols, folding, semantic tokens and code lenses together
 * when a file is shown; hover and highlight as the pointer moves). Xtext runs read requests in parallel on one
 * resource set, which EMF does not make safe: two requests that both found a document not yet loaded each created
 * a resource for it, and the second was answered -32603 "A different resource with the URI … was already
 * registered" (found by fuzzing the protocol, on a document that exists only in the editor). Each burst below is
 * sent without waiting; every answer must be a result or a refusal of the request, never an internal error.
 */
class ConcurrentReadsTest {

	private static final String MODEL = model("agency");
	private static final int ROUNDS = 30;

	/** An institution of that name and a solution it owns; the reference to it is at line 3, column 13. */
	private static String model(String institution) {
		return "operational institution " + institution + " \"Agency\" agency\nsolution eid digital-identity \"eID\" {\n    owner " + institution + "\n}\n";
	}

	@TempDir
	Path workspace;

	private TestServer server;

	@BeforeEach
	void start() throws Exception {
		server = TestServer.startOn(workspace, Map.of("model.govmodel", MODEL));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void readsAtOnceOnADocumentThatIsNowhereAreRefusedOneByOne() throws Exception {
		// neither open nor on disk: each request loads it, fails and forgets it, so every burst races to load it
		TextDocumentIdentifier nowhere = new TextDocumentIdentifier(TestServer.uri(workspace.resolve("new.govmodel")));
		for (int round = 0; round < ROUNDS; round++) {
			for (CompletableFuture<?> answer : burst(nowhere)) {
				assertResultOrRefusal(answer);
			}
		}
	}

	@Test
	void readsAtOnceOnADocumentOpenOnlyInTheEditorAreAnswered() throws Exception {
		String uri = TestServer.uri(workspace.resolve("new.govmodel"));
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		server.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "govmodel", 1, MODEL)));
		for (int round = 0; round < ROUNDS; round++) {
			// each burst right behind an edit: the reads start together as soon as its build is done
			String name = "ministry" + round;
			server.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, round + 2),
					List.of(new TextDocumentContentChangeEvent(model(name)))));
			List<CompletableFuture<?>> answers = burst(document);
			for (CompletableFuture<?> answer : answers) {
				assertResultOrRefusal(answer);
			}
			List<String> labels = server.server.completion(new CompletionParams(document, new Position(2, 12))).get(30, TimeUnit.SECONDS).getRight()
					.getItems().stream().map(CompletionItem::getLabel).toList();
			assertTrue(labels.contains(name), "completion on the editor's text, round " + round + ": " + labels);
		}
	}

	@Test
	void readsAtOnceOnAFileOnDiskAreAnswered() throws Exception {
		Path file = workspace.resolve("model.govmodel");
		TextDocumentIdentifier document = new TextDocumentIdentifier(TestServer.uri(file));
		for (int round = 0; round < ROUNDS; round++) {
			server.write(file, model("agency" + round));
			for (CompletableFuture<?> answer : burst(document)) {
				assertResultOrRefusal(answer);
			}
		}
	}

	/** What an editor sends at once, at the reference to {@code agency} on line 3; sent without waiting. */
	private List<CompletableFuture<?>> burst(TextDocumentIdentifier document) {
		LanguageServerImpl lsp = server.server;
		Position position = new Position(2, 12);
		List<CompletableFuture<?>> answers = new ArrayList<>();
		answers.add(lsp.hover(new HoverParams(document, position)));
		answers.add(lsp.completion(new CompletionParams(document, position)));
		answers.add(lsp.definition(new DefinitionParams(document, position)));
		answers.add(lsp.documentHighlight(new DocumentHighlightParams(document, position)));
		answers.add(lsp.references(new ReferenceParams(document, position, new ReferenceContext(true))));
		answers.add(lsp.documentSymbol(new DocumentSymbolParams(document)));
		answers.add(lsp.foldingRange(new FoldingRangeRequestParams(document)));
		answers.add(lsp.semanticTokensFull(new SemanticTokensParams(document)));
		answers.add(lsp.codeLens(new CodeLensParams(document)));
		return answers;
	}

	private static void assertResultOrRefusal(CompletableFuture<?> answer) throws Exception {
		try {
			answer.get(30, TimeUnit.SECONDS);
		} catch (ExecutionException failure) {
			if (!(failure.getCause() instanceof ResponseErrorException refusal)) {
				fail("an internal error instead of an answer: " + failure.getCause(), failure.getCause());
				return;
			}
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), refusal.getResponseError().getCode(), refusal.getMessage());
		}
	}
}
