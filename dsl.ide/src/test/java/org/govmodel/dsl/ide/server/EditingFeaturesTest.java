package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the editor shows while typing: completion of score lines and
 * enumeration values, workspace symbols, folding, semantic tokens and range
 * formatting, all from the language's own services.
 */
class EditingFeaturesTest {

	private static final String AGENCY = """
			directive institution sec "Secretaría de Innovación" secretariat
			operational institution agency "Agencia Digital" agency {
			    under sec
			}
			solution eid digital-identity "CiDi" {
			    owner agency
			}
			""";

	@TempDir
	Path workspace;

	private TestServer harness;
	private LanguageServerImpl server;

	@BeforeEach
	void start() throws Exception {
		harness = TestServer.startOn(workspace, Map.of("agency.govmodel", AGENCY));
		server = harness.server;
	}

	@AfterEach
	void stop() throws Exception {
		harness.close();
	}

	private TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(TestServer.uri(workspace.resolve(file)));
	}

	private List<CompletionItem> complete(String file, String text, int line, int character) throws Exception {
		harness.write(workspace.resolve(file), text);
		return server.completion(new CompletionParams(document(file), new Position(line, character))).get(10, TimeUnit.SECONDS).getRight().getItems();
	}

	@Test
	void scoreLinesOfferTheVariablesNotScoredYetWithTheirTitles() throws Exception {
		List<CompletionItem> items = complete("scores.govmodel", "assessment y2024 of maturity year 2024 {\n    1.1.1 = 2\n    \n}\n", 2, 4);
		CompletionItem next = items.stream().filter(i -> i.getLabel().equals("1.1.2")).findFirst().orElseThrow(() -> new AssertionError(labels(items)));
		assertEquals("Strategic powers", next.getDetail());
		assertTrue(next.getDocumentation().getLeft().contains("commit budgets"), next.getDocumentation().toString());
		assertFalse(labels(items).contains("1.1.1"), "1.1.1 is already scored: " + labels(items));
		assertTrue(labels(items).contains("3.2.4"), labels(items).toString());
	}

	@Test
	void enumerationValuesAreOfferedAsValuesNamedByTheirKind() throws Exception {
		List<CompletionItem> items = complete("status.govmodel", "solution sign digital-signature \"Firma\" {\n    status \n}\n", 1, 11);
		CompletionItem operational = items.stream().filter(i -> i.getLabel().equals("operational")).findFirst().orElseThrow(() -> new AssertionError(labels(items)));
		assertEquals(CompletionItemKind.Value, operational.getKind());
		assertEquals("status: operational", operational.getDetail());
		assertTrue(labels(items).containsAll(List.of("planned", "pilot", "retired")), labels(items).toString());
	}

	@Test
	void referencesAreOfferedWithTheTitleOfWhatTheyName() throws Exception {
		List<CompletionItem> items = complete("owner.govmodel", "solution sign digital-signature \"Firma\" {\n    owner \n}\n", 1, 10);
		CompletionItem agency = items.stream().filter(i -> i.getLabel().equals("agency")).findFirst().orElseThrow(() -> new AssertionError(labels(items)));
		assertEquals("Agencia Digital", agency.getDetail());
	}

	@Test
	void translationsOfferTheLanguagesGovModelWrites() throws Exception {
		List<CompletionItem> items = complete("levels.govmodel", "portfolios {\n    water \"Water\"\n        in \n}\n", 2, 11);
		CompletionItem spanish = items.stream().filter(i -> i.getLabel().equals("es")).findFirst().orElseThrow(() -> new AssertionError(labels(items)));
		assertEquals(CompletionItemKind.Value, spanish.getKind());
		assertEquals("español", spanish.getDetail());
		assertTrue(labels(items).containsAll(List.of("en", "pt")), labels(items).toString());
		List<CompletionItem> declared = complete("north.govmodel", "jurisdiction north \"North\" province {\n    language \n}\n", 1, 13);
		assertTrue(labels(declared).containsAll(List.of("en", "es", "pt")), labels(declared).toString());
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void workspaceSymbolsFindDeclarationsAcrossFilesAndTheLibrary() throws Exception {
		List<? extends WorkspaceSymbol> symbols = server.symbol(new WorkspaceSymbolParams("agency")).get(10, TimeUnit.SECONDS).getRight();
		List<String> names = symbols.stream().map(WorkspaceSymbol::getName).toList();
		assertTrue(names.contains("agency"), names.toString());
		WorkspaceSymbol agency = symbols.stream().filter(s -> s.getName().equals("agency")).findFirst().orElseThrow();
		assertEquals(TestServer.uri(workspace.resolve("agency.govmodel")), agency.getLocation().getLeft().getUri());
		assertFalse(server.symbol(new WorkspaceSymbolParams("digital-identity")).get(10, TimeUnit.SECONDS).getRight().isEmpty(), "library symbols are found too");
	}

	@Test
	void blocksFold() throws Exception {
		List<FoldingRange> ranges = server.foldingRange(new FoldingRangeRequestParams(document("agency.govmodel"))).get(10, TimeUnit.SECONDS);
		List<String> folds = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine()).sorted().toList();
		assertEquals(List.of("1-3", "4-6"), folds);
	}

	@Test
	void semanticTokensTellBodiesSolutionsAndValuesApart() throws Exception {
		SemanticTokens tokens = server.semanticTokensFull(new SemanticTokensParams(document("agency.govmodel"))).get(10, TimeUnit.SECONDS);
		List<String> legend = harness.initializeResult.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<String> modifiers = harness.initializeResult.getCapabilities().getSemanticTokensProvider().getLegend().getTokenModifiers();
		List<String> decoded = decode(tokens.getData(), legend, modifiers);
		assertTrue(decoded.contains("1:24 class declaration"), "agency declared: " + decoded);
		assertTrue(decoded.contains("2:10 class"), "sec referred to: " + decoded);
		assertTrue(decoded.contains("4:9 struct declaration"), "eid declared: " + decoded);
		assertTrue(decoded.contains("4:13 type"), "the solution kind: " + decoded);
		assertTrue(decoded.contains("0:53 enumMember"), "the institution type: " + decoded);
		assertFalse(decoded.stream().anyMatch(t -> t.startsWith("0:0 ")), "tiers stay keywords: " + decoded);
	}

	/** LSP's relative encoding back to "line:column type modifiers". */
	private static List<String> decode(List<Integer> data, List<String> types, List<String> modifiers) {
		List<String> result = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size() + 1; i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			StringBuilder token = new StringBuilder(line + ":" + column + " " + types.get(data.get(i + 3)));
			for (int bit = 0; bit < modifiers.size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					token.append(' ').append(modifiers.get(bit));
				}
			}
			result.add(token.toString());
		}
		return result;
	}

	@Test
	void rangeFormattingLeavesTheRestAlone() throws Exception {
		String messy = "institution  a \"A\"   ministry\ninstitution  b \"B\"   ministry\n";
		harness.write(workspace.resolve("messy.govmodel"), messy);
		var edits = server.rangeFormatting(new DocumentRangeFormattingParams(document("messy.govmodel"), new FormattingOptions(4, true),
				new Range(new Position(0, 0), new Position(0, 29)))).get(10, TimeUnit.SECONDS);
		assertEquals("institution a \"A\" ministry\ninstitution  b \"B\"   ministry\n", TestServer.applyEdits(messy, edits));
	}
}
