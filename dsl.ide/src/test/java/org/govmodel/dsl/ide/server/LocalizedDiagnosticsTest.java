package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * Diagnostics in the editor's language: the client's {@code locale} from {@code initialize},
 * unless the {@code govmodel.language} setting names another; rule ids and places stay the same.
 */
class LocalizedDiagnosticsTest {

	/** A directive body without a CIO (GOV-AUTH-001), an unknown name with a close match (GOV-LINK-001) and a syntax error. */
	private static final String MODEL = "jurisdiction land \"Land\" country\n"
			+ "directive institution sec \"Secretariat\" secretariat\n"
			+ "operational institution agency \"Agency\" agency {\n    under sce\n}\n"
			+ "institution broken \"Broken\" ministry {\n    members ,\n}\n";

	@TempDir
	Path workspace;

	private Path model() throws Exception {
		Path file = workspace.resolve("land.govmodel");
		Files.writeString(file, MODEL, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> places(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + " " + d.getCode().getLeft()).sorted().toList();
	}

	private static String message(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).map(d -> d.getMessage().getLeft()).findFirst().orElseThrow(() -> new AssertionError(code + " missing: " + diagnostics));
	}

	private List<Diagnostic> diagnosticsFor(String locale, Object options) throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), options, locale)) {
			return server.awaitDiagnostics(file);
		}
	}

	@Test
	void aSpanishClientGetsSpanishDiagnosticsWithTheSameRuleIdsAndPlaces() throws Exception {
		List<Diagnostic> english = diagnosticsFor("en-US", null);
		List<Diagnostic> spanish = diagnosticsFor("es", null);
		assertEquals(places(english), places(spanish));
		assertEquals("'sec' is a directive body without a CIO: add `cio \"Title\" rank undersecretary` (or minister).", message(english, "GOV-AUTH-001"));
		assertEquals("'sec' es un órgano directivo sin CIO: añada `cio \"Título\" rank undersecretary` (o minister).", message(spanish, "GOV-AUTH-001"));
		assertTrue(message(spanish, "GOV-LINK-001").contains("¿quiso decir 'sec'?"), spanish.toString());
		assertTrue(message(spanish, "GOV-SYNTAX-001").startsWith("',' no encaja aquí"), spanish.toString());
	}

	@Test
	void theLanguageSettingOverridesTheClientsLocaleAndCanChangeWhileRunning() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), JsonParser.parseString("{\"language\": \"pt\"}"), "es-AR")) {
			List<Diagnostic> portuguese = server.awaitDiagnostics(file);
			assertEquals("'sec' é um órgão diretivo sem CIO: adicione `cio \"Título\" rank undersecretary` (ou minister).", message(portuguese, "GOV-AUTH-001"));
			assertTrue(message(portuguese, "GOV-SYNTAX-001").startsWith("',' não se encaixa aqui"), portuguese.toString());
			server.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
					JsonParser.parseString("{\"govmodel\": {\"language\": \"auto\"}}")));
			TestServer.waitFor(() -> server.diagnostics(file) != null && message(server.diagnostics(file), "GOV-AUTH-001").startsWith("'sec' es un órgano"));
			List<Diagnostic> spanish = server.diagnostics(file);
			assertTrue(message(spanish, "GOV-SYNTAX-001").startsWith("',' no encaja aquí"), spanish.toString());
			assertEquals(places(portuguese), places(spanish));
		}
	}

	@Test
	void quickFixTitlesFollowTheLanguage() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), null, "pt-BR")) {
			assertEquals(List.of("Adicionar um CIO"), fixesOfTheMissingCio(server, file).stream().map(CodeAction::getTitle).toList());
		}
	}

	/** The code actions the server offers for the model's GOV-AUTH-001 (a directive body without a CIO). */
	private static List<CodeAction> fixesOfTheMissingCio(TestServer server, Path file) throws Exception {
		Diagnostic noCio = server.awaitDiagnostics(file).stream().filter(d -> "GOV-AUTH-001".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(TestServer.uri(file)), noCio.getRange(), new CodeActionContext(List.of(noCio)));
		return server.server.codeAction(params).get(10, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
	}

	/**
	 * The text a fix writes into the model is in the editor's language too (a placeholder title is for the
	 * modeller to complete, in the language they model in); the keywords around it stay keywords.
	 */
	@Test
	void theTextAQuickFixInsertsIsInTheLanguage() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), null, "es-AR")) {
			CodeAction action = fixesOfTheMissingCio(server, file).get(0);
			assertEquals("Añadir un CIO", action.getTitle());
			String inserted = action.getEdit().getChanges().values().stream().flatMap(List::stream).map(e -> e.getNewText()).reduce("", String::concat);
			assertTrue(inserted.contains("cio \"Director de Información\" rank undersecretary"), inserted);
		}
	}

	/** A rename the server refuses says why in the editor's language: a keyword as the new name, a place with no name. */
	@Test
	void aRefusedRenameSaysWhyInTheLanguage() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), null, "es-AR")) {
			server.settle(file);
			TextDocumentIdentifier document = new TextDocumentIdentifier(TestServer.uri(file));
			assertEquals("'unit' es una palabra clave del lenguaje: escriba ^unit para usarla como nombre.",
					refusal(server, new RenameParams(document, new Position(1, 23), "unit")));
			assertEquals("No hay nada que renombrar en la línea 5, columna 1: ponga el cursor sobre el nombre de un elemento, "
					+ "donde se declara o donde se resuelve una referencia a él.", refusal(server, new RenameParams(document, new Position(4, 0), "other")));
		}
	}

	private static String refusal(TestServer server, RenameParams rename) {
		ExecutionException failure = assertThrows(ExecutionException.class, () -> server.server.rename(rename).get(10, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause(), String.valueOf(failure.getCause()));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
		return error.getMessage();
	}

	/**
	 * Hovers and code lenses speak the editor's language: the library's titles and descriptions from their
	 * translations, not the English they are written in beside the hover's own Spanish words.
	 */
	@Test
	void hoversShowTheLibrarysTextsInTheLanguage() throws Exception {
		try (TestServer server = serverOn("solution eid digital-identity \"eID\"\nassessment y of maturity year 2023 {\n    1.1.1 = 2\n}\n", "es-AR")) {
			String variable = hover(server, new Position(2, 5));
			assertTrue(variable.contains("**1.1.1 Órgano estratégico rector**"), variable);
			assertTrue(variable.contains("Hay un grupo o una entidad designada para conducir la estrategia digital"), variable);
			assertFalse(variable.contains("Lead strategic body") || variable.contains("steer the digital strategy"), variable);
			assertEquals("Acredita en línea quién es una persona y la autentica.", hover(server, new Position(0, 16)));
			String framework = hover(server, new Position(1, 18));
			assertTrue(framework.startsWith("Grado de madurez de la gobernanza del gobierno digital"), framework);
			assertFalse(framework.contains("Maturity of digital-government governance"), framework);
			var lenses = server.server.codeLens(new org.eclipse.lsp4j.CodeLensParams(new TextDocumentIdentifier(TestServer.uri(workspace.resolve(SCORES)))))
					.get(10, TimeUnit.SECONDS);
			assertEquals("promedio 2.00 · 1 2.00 · 2 – · 3 –", lenses.get(0).getCommand().getTitle());
		}
	}

	/** A comment on a variable that has a description text is the modeller's note: shown beside the translation too. */
	@Test
	void aVariablesNoteStaysBesideItsTranslatedDescription() throws Exception {
		String model = """
				framework f "F" {
				    scale 0 to 4
				    area 1 "A" {
				        component 1.1 "C" {
				            /** Our note: from the ministry's survey. */
				            variable 1.1.1 "Written title" "Written description."
				                in es "Título escrito" "Descripción escrita."
				        }
				    }
				}
				assessment y of f year 2023 {
				    1.1.1 = 2
				}
				""";
		try (TestServer server = serverOn(model, "es-AR")) {
			String variable = hover(server, new Position(11, 5));
			assertTrue(variable.contains("**1.1.1 Título escrito**") && variable.contains("Descripción escrita."), variable);
			assertTrue(variable.contains("Our note: from the ministry's survey."), variable);
			assertFalse(variable.contains("Written description."), variable);
		}
	}

	/** Completion lists name what they propose in the editor's language: the library's translations, the values' words. */
	@Test
	void proposalsShowTheLibrarysTitlesInTheLanguage() throws Exception {
		try (TestServer server = serverOn("assessment y of maturity year 2023 {\n    1.1.1 = 2\n    \n}\n", "pt-BR")) {
			CompletionItem powers = proposal(server, new Position(2, 4), "1.1.2");
			assertEquals("Atribuições estratégicas", powers.getDetail());
			assertTrue(powers.getDocumentation().getLeft().startsWith("O órgão estratégico"), powers.getDocumentation().toString());
			server.write(workspace.resolve(SCORES), "solution sign digital-signature \"Firma\" {\n    status \n}\n");
			assertEquals("situação: operacional", proposal(server, new Position(1, 11), "operational").getDetail());
		}
	}

	private static final String SCORES = "scores.govmodel";

	/** A server for a client in the locale, on a workspace of one file with the text. */
	private TestServer serverOn(String text, String locale) throws Exception {
		Path file = workspace.resolve(SCORES);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		TestServer server = new TestServer(List.of(workspace), null, locale);
		server.settle(file);
		return server;
	}

	private String hover(TestServer server, Position position) throws Exception {
		return server.server.hover(new HoverParams(new TextDocumentIdentifier(TestServer.uri(workspace.resolve(SCORES))), position))
				.get(10, TimeUnit.SECONDS).getContents().getRight().getValue();
	}

	private CompletionItem proposal(TestServer server, Position position, String label) throws Exception {
		List<CompletionItem> items = server.server.completion(new CompletionParams(new TextDocumentIdentifier(TestServer.uri(workspace.resolve(SCORES))),
				position)).get(10, TimeUnit.SECONDS).getRight().getItems();
		return items.stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " not in " + items));
	}

	/** Every key of the quick-fix, hover, rename and proposal bundles in every language, and every pattern valid. */
	@Test
	void theEditorBundlesAreComplete() throws Exception {
		for (String bundle : List.of("quickfixes", "hovers", "rename", "proposals")) {
			Set<String> english = keys(bundle, "");
			assertFalse(english.isEmpty(), bundle);
			for (String suffix : List.of("_es", "_pt")) {
				assertEquals(english, keys(bundle, suffix), bundle + suffix);
			}
		}
	}

	private static Set<String> keys(String bundle, String suffix) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = LocalizedDiagnosticsTest.class.getResourceAsStream("/org/govmodel/dsl/ide/i18n/" + bundle + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (String key : properties.stringPropertyNames()) {
			new com.ibm.icu.text.MessageFormat(properties.getProperty(key)); // throws on a malformed pattern
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
