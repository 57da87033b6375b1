package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The language server in process, over a workspace folder: diagnostics with
 * rule ids, the standard library visible, hover, completion and formatting
 * answered by the language's own services.
 */
class LanguageServerTest {

	@TempDir
	Path workspace;

	private TestServer harness;
	private LanguageServerImpl server;

	@BeforeEach
	void start() throws Exception {
		harness = TestServer.startOn(workspace, Map.of("good.govmodel", """
				operational institution agency "Agency" agency public
				solution eid digital-identity "eID" {
				    owner agency
				}
				assessment y of maturity year 2023 {
				    1.1.1 = 2
				}
				""", "broken.govmodel", "solution s digital-identity \"S\" {\n    owner nobody\n}\n"));
		server = harness.server;
	}

	@AfterEach
	void stop() throws Exception {
		harness.close();
	}

	private List<Diagnostic> diagnostics(String file) {
		return harness.diagnostics(workspace.resolve(file));
	}

	/** The new text of an edit, whatever lsp4j wraps it in. */
	private static Object newText(Object edit) {
		Object unwrapped = edit instanceof org.eclipse.lsp4j.jsonrpc.messages.Either<?, ?> either ? either.get() : edit;
		return unwrapped instanceof TextEdit textEdit ? textEdit.getNewText() : unwrapped;
	}

	private String uri(String file) {
		return TestServer.uri(workspace.resolve(file));
	}

	@Test
	void diagnosticsCarryRuleIdsAndTheLibraryResolves() {
		List<Diagnostic> broken = diagnostics("broken.govmodel");
		assertTrue(broken.stream().anyMatch(d -> "GOV-LINK-001".equals(d.getCode().getLeft()) && d.getRange().getStart().getLine() == 1), broken.toString());
		assertTrue(broken.stream().allMatch(d -> "govmodel".equals(d.getSource())));
		List<Diagnostic> good = diagnostics("good.govmodel");
		assertFalse(good.stream().anyMatch(d -> "GOV-LINK-001".equals(d.getCode().getLeft())), "library names resolve in the editor: " + good);
		assertTrue(good.stream().anyMatch(d -> "GOV-SCORE-002".equals(d.getCode().getLeft())), "governance rules run in the editor: " + good);
	}

	@Test
	void hoverShowsTheLibrarysDocumentation() throws Exception {
		Hover hover = server.hover(new HoverParams(new TextDocumentIdentifier(uri("good.govmodel")), new Position(4, 18))).get(10, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().contains("Maturity of digital-government governance"), hover.toString());
	}

	@Test
	void hoverOnANameWithoutDocumentationIsEmpty() throws Exception {
		// 'eid' (line 1) is declared without a documentation comment
		Hover hover = server.hover(new HoverParams(new TextDocumentIdentifier(uri("good.govmodel")), new Position(1, 10))).get(10, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().isEmpty(), hover.toString());
	}

	@Test
	void hoverOnAScoreLineShowsTheVariablesTitleAndDescription() throws Exception {
		Hover hover = server.hover(new HoverParams(new TextDocumentIdentifier(uri("good.govmodel")), new Position(5, 5))).get(10, TimeUnit.SECONDS);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("**1.1.1 Lead strategic body**"), text);
		assertTrue(text.contains("steer the digital strategy"), text);
		assertTrue(text.contains("In y: **2.00** — target 4, gap 2.00"), "the score in the assessment under the cursor: " + text);
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
		harness.write(workspace.resolve("fixes.govmodel"), text);
		assertEquals("        members minB, minA", applyFix("GOV-AUTH-006", text).lines().toList().get(5));
		String fixed = applyFix("GOV-SOL-004", text);
		assertTrue(fixed.contains("solution sign digital-signature \"Signature\" {\n    owner agency\n    requires eid\n}"), fixed);
	}

	private String applyFix(String rule, String text) throws Exception {
		Diagnostic diagnostic = diagnostics("fixes.govmodel").stream().filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		var params = new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri("fixes.govmodel")), diagnostic.getRange(),
				new org.eclipse.lsp4j.CodeActionContext(List.of(diagnostic)));
		var actions = server.codeAction(params).get(10, TimeUnit.SECONDS);
		assertEquals(1, actions.size(), actions.toString());
		var edits = actions.get(0).getRight().getEdit().getChanges().get(uri("fixes.govmodel"));
		return TestServer.applyEdits(text, edits);
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
		harness.write(workspace.resolve("messy.govmodel"), messy);
		List<? extends TextEdit> edits = server.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri("messy.govmodel")), new FormattingOptions(4, true)))
				.get(10, TimeUnit.SECONDS);
		assertEquals("institution a \"A\" ministry {\n    unit u \"U\"\n}\n", TestServer.applyEdits(messy, edits));
	}
}
