package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regressions for requests a careless client sends: positions past the end of
 * a document get empty answers, unknown methods "method not found", and a
 * rename to text that is not a name is refused with the reason.
 */
class CarelessRequestsTest {

	private static final String MODEL = "operational institution agency \"Agency\" agency\nsolution eid digital-identity \"eID\" {\n    owner agency\n}\n";

	@TempDir
	Path workspace;

	private TestServer server;
	private TextDocumentIdentifier model;

	@BeforeEach
	void start() throws Exception {
		server = TestServer.startOn(workspace, Map.of("model.govmodel", MODEL));
		model = new TextDocumentIdentifier(TestServer.uri(workspace.resolve("model.govmodel")));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void requestsPastTheEndOfTheDocumentGetEmptyAnswers() throws Exception {
		Position past = new Position(99, 3);
		var lsp = server.server;
		assertTrue(lsp.hover(new HoverParams(model, past)).get(10, TimeUnit.SECONDS).getContents().getRight().getValue().isEmpty());
		assertTrue(lsp.completion(new CompletionParams(model, past)).get(10, TimeUnit.SECONDS).getRight().getItems().isEmpty());
		assertTrue(lsp.definition(new DefinitionParams(model, past)).get(10, TimeUnit.SECONDS).getLeft().isEmpty());
		assertTrue(lsp.references(new ReferenceParams(model, past, new ReferenceContext(true))).get(10, TimeUnit.SECONDS).isEmpty());
		assertTrue(lsp.documentHighlight(new DocumentHighlightParams(model, past)).get(10, TimeUnit.SECONDS).isEmpty());
		assertNull(lsp.prepareRename(new PrepareRenameParams(model, past)).get(10, TimeUnit.SECONDS));
		WorkspaceEdit rename = lsp.rename(new RenameParams(model, past, "other")).get(10, TimeUnit.SECONDS);
		assertTrue((rename.getChanges() == null || rename.getChanges().isEmpty()) && rename.getDocumentChanges() == null, rename.toString());
	}

	/**
	 * Regression (found by fuzzing the protocol): an edit whose range left the document (a character past the end of
	 * its line, which the protocol allows, or a line past the last) failed in Xtext with a stack trace in the log,
	 * and the server kept the old text. Its range is held to the document as a request's position is.
	 */
	@Test
	void anEditPastTheEndOfALineOrOfTheDocumentIsHeldToIt() throws Exception {
		Path file = workspace.resolve("model.govmodel");
		server.open(file);
		// "    owner agency" (line 2): from 'agency' to past the end of the line
		server.edit(file, new Range(new Position(2, 10), new Position(2, 500)), "nobody");
		// after the last line
		server.edit(file, new Range(new Position(99, 0), new Position(99, 7)), "solution portal digital-identity \"Portal\" {\n    owner ghost\n}\n");
		List<String> unresolved = server.diagnostics(file).stream().filter(d -> d.getCode().getLeft().equals("GOV-LINK-001"))
				.map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter()).toList();
		assertEquals(List.of("2:10", "5:10"), unresolved, server.diagnostics(file).toString());
	}

	@Test
	void aCharacterPastTheEndOfItsLineMeansTheEndOfTheLine() throws Exception {
		// "    owner agency" (line 2): completing past its end completes 'agency'
		List<String> pastTheEnd = labels(new Position(2, 500));
		assertTrue(pastTheEnd.contains("agency"), pastTheEnd.toString());
		assertEquals(labels(new Position(2, "    owner agency".length())), pastTheEnd);
	}

	private List<String> labels(Position position) throws Exception {
		return server.server.completion(new CompletionParams(model, position)).get(10, TimeUnit.SECONDS).getRight().getItems().stream()
				.map(org.eclipse.lsp4j.CompletionItem::getLabel).toList();
	}

	@Test
	void anUnknownMethodIsMethodNotFound() {
		ExecutionException failure = assertThrows(ExecutionException.class, () -> server.server.request("govmodel/noSuchThing", null).get(10, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause());
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getResponseError().getCode());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok name", "unit", "", "\"}", "1abc", "agency.cto", " padded " })
	void aRenameToTextThatIsNotANameIsRefusedWithTheReason(String newName) {
		ExecutionException failure = assertThrows(ExecutionException.class,
				() -> server.server.rename(new RenameParams(model, new Position(0, 27), newName)).get(10, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause(), String.valueOf(failure.getCause()));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
		assertTrue(error.getMessage().contains(newName.isEmpty() ? "empty" : newName), error.getMessage());
		if (newName.equals("unit")) {
			assertTrue(error.getMessage().contains("^unit"), "says how to use a keyword: " + error.getMessage());
		}
	}

	/**
	 * Regression (found by fuzzing the protocol): a rename where the document has no name (after a closing brace, on a
	 * keyword, in the indentation) was answered -32603 "Internal error", with a stack trace in the log. It is refused
	 * as invalid parameters, with where and what to do.
	 */
	@ParameterizedTest
	@CsvSource({ "3, 1", "1, 2", "2, 1" })
	void aRenameWhereThereIsNoNameIsRefusedWithTheReason(int line, int character) {
		ExecutionException failure = assertThrows(ExecutionException.class,
				() -> server.server.rename(new RenameParams(model, new Position(line, character), "other")).get(10, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause(), String.valueOf(failure.getCause()));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode(), error.getResponseError().toString());
		assertTrue(error.getMessage().contains("line " + (line + 1) + ", column " + (character + 1)), error.getMessage());
		assertTrue(error.getMessage().contains("name"), error.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "digitalAgency", "^unit", "council" })
	void aRenameToANameGivesAModelThatParses(String newName) throws Exception {
		WorkspaceEdit rename = server.server.rename(new RenameParams(model, new Position(0, 27), newName)).get(10, TimeUnit.SECONDS);
		List<? extends TextEdit> edits = rename.getChanges() != null ? rename.getChanges().get(model.getUri())
				: rename.getDocumentChanges().get(0).getLeft().getEdits().stream().map(e -> (Object) e)
						.map(e -> (TextEdit) (e instanceof org.eclipse.lsp4j.jsonrpc.messages.Either<?, ?> either ? either.get() : e)).toList();
		assertEquals(2, edits.size(), "the declaration and the reference: " + edits);
		String renamed = TestServer.applyEdits(MODEL, edits);
		List<Diagnostic> diagnostics = server.write(workspace.resolve("model.govmodel"), renamed);
		assertTrue(diagnostics.stream().noneMatch(d -> d.getCode().getLeft().startsWith("GOV-SYNTAX") || d.getCode().getLeft().equals("GOV-LINK-001")),
				renamed + diagnostics);
	}

	/**
	 * Regression (found by review): a rename to a name another element already has gave edits, and the model then had
	 * two declarations of the name (GOV-NAME-001 in one file, GOV-NAME-002 across files). It is refused with where the
	 * other declaration is, and the files stay as they are; so is one that gives an element declared inside the
	 * renamed one the name of another.
	 */
	@Test
	void aRenameToANameAnotherElementHasIsRefusedWithWhereItIs() throws Exception {
		Path other = workspace.resolve("other file.govmodel");
		server.write(other, "namespace north\noperational institution minFin \"Finance\" ministry {\n    unit tesoro \"Tesoro\"\n}\n"
				+ "operational institution hacienda \"Hacienda\" ministry\n");
		assertEquals("Renaming to 'eid' would declare 'eid' twice: it is already declared in model.govmodel, line 2."
				+ " Choose a name no other element has, or rename that element first.", refusal(model, new Position(0, 27), "eid"));
		TextDocumentIdentifier north = new TextDocumentIdentifier(TestServer.uri(other));
		assertEquals("Renaming to 'minFin' would declare 'north.minFin' twice: it is already declared in other file.govmodel, line 2."
				+ " Choose a name no other element has, or rename that element first.", refusal(north, new Position(4, 26), "minFin"));
		// a name only a unit inside another element has, or one only another namespace has, is free
		for (String free : List.of("tesoro", "agency")) {
			WorkspaceEdit rename = server.server.rename(new RenameParams(north, new Position(4, 26), free)).get(10, TimeUnit.SECONDS);
			assertFalse(rename.getChanges() == null ? rename.getDocumentChanges().isEmpty() : rename.getChanges().isEmpty(), free + ": " + rename);
		}
	}

	private String refusal(TextDocumentIdentifier document, Position position, String newName) {
		ExecutionException failure = assertThrows(ExecutionException.class,
				() -> server.server.rename(new RenameParams(document, position, newName)).get(10, TimeUnit.SECONDS));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause(), String.valueOf(failure.getCause()));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode(), error.getResponseError().toString());
		return error.getMessage();
	}

	/**
	 * Regression (found by review): a range to format that ends before it starts was answered -32603 "Internal
	 * error" with a stack trace in the log. It means the text between, as for an edit.
	 */
	@Test
	void aRangeToFormatThatEndsBeforeItStartsMeansTheTextBetween() throws Exception {
		Path file = workspace.resolve("model.govmodel");
		server.write(file, MODEL.replace("    owner agency", "        owner    agency"));
		Range forwards = new Range(new Position(2, 1), new Position(2, 20));
		Range backwards = new Range(forwards.getEnd(), forwards.getStart());
		List<? extends TextEdit> expected = server.server.rangeFormatting(new DocumentRangeFormattingParams(model, new FormattingOptions(4, true), forwards))
				.get(10, TimeUnit.SECONDS);
		assertFalse(expected.isEmpty(), "the line is not in the canonical layout");
		assertEquals(expected, server.server.rangeFormatting(new DocumentRangeFormattingParams(model, new FormattingOptions(4, true), backwards))
				.get(10, TimeUnit.SECONDS));
	}

	/**
	 * Regression (found by fuzzing the protocol): a file the client said was created but that is not on disk
	 * (deleted right after, or never there) made the build fail while loading it, with a stack trace in the log,
	 * and the other files of the same notification were never checked. It is built as deleted now.
	 */
	@Test
	void aFileCreatedAndGoneBeforeItIsBuiltDoesNotStopTheBuild() throws Exception {
		Path other = workspace.resolve("other.govmodel");
		Files.writeString(other, "solution portal digital-identity \"Portal\" {\n    owner nobody\n}\n", StandardCharsets.UTF_8);
		server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				new FileEvent(TestServer.uri(workspace.resolve("ghost.govmodel")), FileChangeType.Created),
				new FileEvent(TestServer.uri(other), FileChangeType.Created))));
		TestServer.waitFor(() -> hasRule(server.diagnostics(other), "GOV-LINK-001"));
	}

	/**
	 * Only a model that is gone is built as deleted: a folder (one named like a model too), or a file no language
	 * reads, that the client reports (created and removed, or still there) gets no diagnostics of its own, which a
	 * client would list as a document, and does not stop the build of the files reported with it.
	 */
	@Test
	void aFolderOrAFileThatIsNoModelGetsNoDiagnostics() throws Exception {
		Path other = workspace.resolve("other.govmodel");
		Path folder = Files.createDirectory(workspace.resolve("drafts"));
		// a folder named like a model, as a watcher of **/*.govmodel may report it: without the final slash
		String modelLikeFolder = TestServer.uri(Files.createDirectory(workspace.resolve("old.govmodel"))).replaceAll("/$", "");
		Path notes = workspace.resolve("notes.txt");
		Files.writeString(other, "solution portal digital-identity \"Portal\" {\n    owner nobody\n}\n", StandardCharsets.UTF_8);
		server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				new FileEvent(TestServer.uri(folder), FileChangeType.Created),
				new FileEvent(modelLikeFolder, FileChangeType.Created),
				new FileEvent(TestServer.uri(notes), FileChangeType.Created),
				new FileEvent(TestServer.uri(other), FileChangeType.Created))));
		TestServer.waitFor(() -> hasRule(server.diagnostics(other), "GOV-LINK-001"));
		for (String uri : List.of(TestServer.uri(folder), modelLikeFolder, modelLikeFolder + "/", TestServer.uri(notes))) {
			assertFalse(server.publishedUris().contains(uri), uri + " in " + server.publishedUris());
		}
	}

	/** The same for a file the index holds, deleted from disk but reported as changed: the files that refer to it see it gone. */
	@Test
	void aFileReportedChangedButDeletedCountsAsDeleted() throws Exception {
		server.close();
		Path other = workspace.resolve("other.govmodel");
		server = TestServer.startOn(workspace, Map.of("model.govmodel", MODEL, "other.govmodel",
				"solution portal digital-identity \"Portal\" {\n    owner agency\n}\n"));
		assertFalse(hasRule(server.diagnostics(other), "GOV-LINK-001"), server.diagnostics(other).toString());

		Path model = workspace.resolve("model.govmodel");
		Files.delete(model);
		server.server.getWorkspaceService().didChangeWatchedFiles(
				new DidChangeWatchedFilesParams(List.of(new FileEvent(TestServer.uri(model), FileChangeType.Changed))));
		TestServer.waitFor(() -> hasRule(server.diagnostics(other), "GOV-LINK-001"));
	}

	private static boolean hasRule(List<Diagnostic> diagnostics, String rule) {
		return diagnostics != null && diagnostics.stream().anyMatch(d -> rule.equals(d.getCode().getLeft()));
	}
}
