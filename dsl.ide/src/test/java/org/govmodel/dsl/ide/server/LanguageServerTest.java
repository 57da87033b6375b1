package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;

/**
 * The language server in process, over a workspace folder: diagnostics with
 * rule ids, the standard library visible, hover, completion and formatting
 * answered by the language's own services.
 */
class LanguageServerTest {

	@TempDir
	Path workspace;

	private LanguageServerImpl server;
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	private final LanguageClient client = new LanguageClient() {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
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

	@BeforeEach
	void start() throws Exception {
		Files.writeString(workspace.resolve("good.govmodel"), """
				operational institution agency "Agency" agency public
				solution eid digital-identity "eID" {
				    owner agency
				}
				assessment y of maturity year 2023 {
				    1.1.1 = 2
				}
				""", StandardCharsets.UTF_8);
		Files.writeString(workspace.resolve("broken.govmodel"), "solution s digital-identity \"S\" {\n    owner nobody\n}\n", StandardCharsets.UTF_8);
		server = Guice.createInjector(new GovModelServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(client);
		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		server.initialize(params).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		waitFor(() -> diagnostics.containsKey(uri("broken.govmodel")) && diagnostics.containsKey(uri("good.govmodel")));
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	/** The new text of an edit, whatever lsp4j wraps it in. */
	private static Object newText(Object edit) {
		Object unwrapped = edit instanceof org.eclipse.lsp4j.jsonrpc.messages.Either<?, ?> either ? either.get() : edit;
		return unwrapped instanceof TextEdit textEdit ? textEdit.getNewText() : unwrapped;
	}

	/** Applies edits to a one-line text (the test document), last edit first. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted((a, b) -> Integer.compare(b.getRange().getStart().getCharacter(), a.getRange().getStart().getCharacter())).forEach(edit -> {
			assertEquals(0, edit.getRange().getStart().getLine());
			int end = edit.getRange().getEnd().getLine() == 0 ? edit.getRange().getEnd().getCharacter() : result.length();
			result.replace(edit.getRange().getStart().getCharacter(), end, edit.getNewText());
		});
		return result.toString();
	}

	private String uri(String file) {
		return workspace.resolve(file).toUri().toString();
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for the server");
			}
			Thread.sleep(50);
		}
	}

	@Test
	void diagnosticsCarryRuleIdsAndTheLibraryResolves() {
		List<Diagnostic> broken = diagnostics.get(uri("broken.govmodel"));
		assertTrue(broken.stream().anyMatch(d -> "GOV-LINK-001".equals(d.getCode().getLeft()) && d.getRange().getStart().getLine() == 1), broken.toString());
		assertTrue(broken.stream().allMatch(d -> "govmodel".equals(d.getSource())));
		List<Diagnostic> good = diagnostics.get(uri("good.govmodel"));
		assertFalse(good.stream().anyMatch(d -> "GOV-LINK-001".equals(d.getCode().getLeft())), "library names resolve in the editor: " + good);
		assertTrue(good.stream().anyMatch(d -> "GOV-SCORE-002".equals(d.getCode().getLeft())), "governance rules run in the editor: " + good);
	}

	@Test
	void hoverShowsTheLibrarysDocumentation() throws Exception {
		Hover hover = server.hover(new HoverParams(new TextDocumentIdentifier(uri("good.govmodel")), new Position(4, 18))).get(10, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().contains("Maturity of digital-government governance"), hover.toString());
	}

	@Test
	void hoverOnAScoreLineShowsTheVariablesTitleAndDescription() throws Exception {
		Hover hover = server.hover(new HoverParams(new TextDocumentIdentifier(uri("good.govmodel")), new Position(5, 5))).get(10, TimeUnit.SECONDS);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("**1.1.1 Lead strategic body**"), text);
		assertTrue(text.contains("steer the digital strategy"), text);
	}

	@Test
	void codeLensesShowTheMeansAboveEachAssessment() throws Exception {
		var lenses = server.codeLens(new org.eclipse.lsp4j.CodeLensParams(new TextDocumentIdentifier(uri("good.govmodel")))).get(10, TimeUnit.SECONDS);
		assertEquals(1, lenses.size());
		assertEquals(4, lenses.get(0).getRange().getStart().getLine());
		assertEquals("mean 2.00 · 1 2.00 · 2 – · 3 –", lenses.get(0).getCommand().getTitle());
	}

	@Test
	void quickFixesRepairTheRulesThatCarryFixData() throws Exception {
		String text = """
				institution minA "A" ministry
				institution minB "B" ministry
				operational institution agency "Agency" agency {
				    board {
				        chair minA
				        members minB
				    }
				}
				solution eid digital-identity "eID" {
				    owner agency
				}
				solution sign digital-signature "Signature" {
				    owner agency
				}
				""";
		Files.writeString(workspace.resolve("fixes.govmodel"), text, StandardCharsets.UTF_8);
		server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
				List.of(new org.eclipse.lsp4j.FileEvent(uri("fixes.govmodel"), org.eclipse.lsp4j.FileChangeType.Created))));
		waitFor(() -> diagnostics.containsKey(uri("fixes.govmodel")));
		assertEquals("        members minB, minA", applyFix("GOV-AUTH-006", text).lines().toList().get(5));
		String fixed = applyFix("GOV-SOL-004", text);
		assertTrue(fixed.contains("solution sign digital-signature \"Signature\" {\n    owner agency\n    requires eid\n}"), fixed);
	}

	private String applyFix(String rule, String text) throws Exception {
		Diagnostic diagnostic = diagnostics.get(uri("fixes.govmodel")).stream().filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		var params = new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri("fixes.govmodel")), diagnostic.getRange(),
				new org.eclipse.lsp4j.CodeActionContext(List.of(diagnostic)));
		var actions = server.codeAction(params).get(10, TimeUnit.SECONDS);
		assertEquals(1, actions.size(), actions.toString());
		var edits = actions.get(0).getRight().getEdit().getChanges().get(uri("fixes.govmodel"));
		org.eclipse.xtext.ide.server.Document document = new org.eclipse.xtext.ide.server.Document(1, text);
		return document.applyTextDocumentChanges(edits.stream().map(e -> new org.eclipse.lsp4j.TextDocumentContentChangeEvent(e.getRange(), e.getNewText())).toList())
				.getContents();
	}

	@Test
	void definitionReferencesRenameAndOutlineWorkAcrossTheWorkspace() throws Exception {
		TextDocumentIdentifier good = new TextDocumentIdentifier(uri("good.govmodel"));
		// 'agency' in "owner agency" (line 2) is defined on line 0
		var definition = server.definition(new org.eclipse.lsp4j.DefinitionParams(good, new Position(2, 12))).get(10, TimeUnit.SECONDS);
		var location = definition.getLeft().get(0);
		assertEquals(uri("good.govmodel"), location.getUri());
		assertEquals(0, location.getRange().getStart().getLine());
		// definition into the library: the framework of the assessment
		var framework = server.definition(new org.eclipse.lsp4j.DefinitionParams(good, new Position(4, 18))).get(10, TimeUnit.SECONDS).getLeft().get(0);
		assertTrue(framework.getUri().endsWith("eclac-maturity.govmodel"), framework.getUri());
		var references = server.references(new org.eclipse.lsp4j.ReferenceParams(good, new Position(0, 27), new org.eclipse.lsp4j.ReferenceContext(false)))
				.get(10, TimeUnit.SECONDS);
		assertEquals(1, references.size(), references.toString());
		var rename = server.rename(new org.eclipse.lsp4j.RenameParams(good, new Position(0, 27), "digitalAgency")).get(10, TimeUnit.SECONDS);
		List<String> newTexts = rename.getDocumentChanges() != null
				? rename.getDocumentChanges().stream().flatMap(c -> c.getLeft().getEdits().stream()).map(e -> String.valueOf(newText(e))).toList()
				: rename.getChanges().get(uri("good.govmodel")).stream().map(TextEdit::getNewText).toList();
		assertEquals(List.of("digitalAgency", "digitalAgency"), newTexts, "the declaration and the reference");
		var symbols = server.documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(good)).get(10, TimeUnit.SECONDS);
		List<String> names = symbols.stream().map(e -> e.isLeft() ? e.getLeft().getName() : e.getRight().getName()).toList();
		assertTrue(names.contains("agency") && names.contains("eid") && names.contains("y"), names.toString());
	}

	@Test
	void completionOffersKeywordsAndReferences() throws Exception {
		var completion = server.completion(new CompletionParams(new TextDocumentIdentifier(uri("good.govmodel")), new Position(2, 10))).get(10, TimeUnit.SECONDS);
		List<String> labels = completion.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("agency"), labels.toString());
	}

	@Test
	void formattingUsesTheCanonicalLayout() throws Exception {
		String messy = "institution  a \"A\"   ministry {unit u \"U\"}";
		Files.writeString(workspace.resolve("messy.govmodel"), messy, StandardCharsets.UTF_8);
		server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
				List.of(new org.eclipse.lsp4j.FileEvent(uri("messy.govmodel"), org.eclipse.lsp4j.FileChangeType.Created))));
		waitFor(() -> diagnostics.containsKey(uri("messy.govmodel")));
		List<? extends TextEdit> edits = server.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri("messy.govmodel")), new FormattingOptions(4, true)))
				.get(10, TimeUnit.SECONDS);
		assertEquals("institution a \"A\" ministry {\n    unit u \"U\"\n}\n", apply(messy, edits));
	}
}
