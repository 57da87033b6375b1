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
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
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

	/** Every key of the quick-fix, hover and rename bundles in every language, and every pattern valid. */
	@Test
	void theEditorBundlesAreComplete() throws Exception {
		for (String bundle : List.of("quickfixes", "hovers", "rename")) {
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
