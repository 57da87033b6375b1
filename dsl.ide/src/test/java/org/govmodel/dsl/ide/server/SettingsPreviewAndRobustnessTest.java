package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.govmodel.dsl.ide.preview.PreviewParams;
import org.govmodel.dsl.ide.preview.PreviewResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * Rule severities from the editor and from govmodel.json, the preview
 * request, and a server that answers bad requests with errors and goes on.
 */
class SettingsPreviewAndRobustnessTest {

	private static final String MODEL = """
			jurisdiction land "Land" province
			operational institution agency "Agency" agency {
			    cto "CTO"
			}
			assessment y2023 of maturity year 2023 {
			    1.1.1 = 2
			}
			assessment y2024 of maturity year 2024 {
			    1.1.1 = 3
			}
			""";

	@TempDir
	Path workspace;

	private Path model() throws Exception {
		Path file = workspace.resolve("land.govmodel");
		Files.writeString(file, MODEL);
		return file;
	}

	private static Diagnostic first(List<Diagnostic> diagnostics, String rule) {
		return diagnostics.stream().filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElse(null);
	}

	@Test
	void theEditorsSeveritiesApplyAtStartAndOnChange() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), JsonParser.parseString("{\"rules\": {\"GOV-SCORE-002\": \"error\"}}"))) {
			assertEquals(DiagnosticSeverity.Error, first(server.awaitDiagnostics(file), "GOV-SCORE-002").getSeverity());
			server.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
					JsonParser.parseString("{\"govmodel\": {\"rules\": {\"GOV-SCORE-002\": \"off\", \"GOV-NOPE-001\": \"error\"}}}")));
			TestServer.waitFor(() -> server.diagnostics(file) != null && first(server.diagnostics(file), "GOV-SCORE-002") == null);
			List<Diagnostic> folder = server.awaitDiagnostics(workspace);
			assertTrue(first(folder, "GOV-CONFIG-001").getMessage().getLeft().contains("GOV-NOPE-001"), folder.toString());
		}
	}

	@Test
	void theProjectsSettingsFileAppliesAndItsMistakesAreShownWhereTheyAre() throws Exception {
		Path file = model();
		Path settings = workspace.resolve("govmodel.json");
		Files.writeString(settings, "{\n  \"rules\": {\n    \"GOV-SCORE-002\": \"info\",\n    \"GOV-TYPO-001\": \"off\"\n  }\n}\n");
		try (TestServer server = new TestServer(List.of(workspace), null)) {
			assertEquals(DiagnosticSeverity.Information, first(server.awaitDiagnostics(file), "GOV-SCORE-002").getSeverity());
			Diagnostic typo = first(server.awaitDiagnostics(settings), "GOV-CONFIG-001");
			assertEquals(3, typo.getRange().getStart().getLine());
			assertTrue(typo.getMessage().getLeft().contains("Unknown rule id 'GOV-TYPO-001'"), typo.getMessage().getLeft());

			server.write(settings, "{ \"rules\": { \"GOV-SCORE-002\": \"off\" } }\n");
			TestServer.waitFor(() -> server.diagnostics(file) != null && first(server.diagnostics(file), "GOV-SCORE-002") == null);
			assertEquals(List.of(), server.awaitDiagnostics(settings), "the corrected settings file has no problems left");
		}
	}

	@Test
	void aSettingsFileNextToTheModelsOfAMavenProjectApplies() throws Exception {
		Path models = Files.createDirectories(workspace.resolve("src/main/govmodel"));
		Path file = models.resolve("land.govmodel");
		Files.writeString(file, MODEL);
		Files.writeString(models.resolve("govmodel.json"), "{ \"rules\": { \"GOV-SCORE-002\": \"info\" } }\n");
		Files.createDirectories(workspace.resolve("target/classes"));
		Files.writeString(workspace.resolve("target/classes/govmodel.json"), "{ \"rules\": { \"GOV-SCORE-002\": \"error\" } }\n");
		try (TestServer server = new TestServer(List.of(workspace), null)) {
			assertEquals(DiagnosticSeverity.Information, first(server.awaitDiagnostics(file), "GOV-SCORE-002").getSeverity(), "build output is not searched");
		}
	}

	@Test
	void thePreviewShowsTheOrgDiagramRadarAndTrendOfTheFile() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), null)) {
			server.awaitDiagnostics(file);
			PreviewResult preview = (PreviewResult) server.server.request("govmodel/preview", new PreviewParams(TestServer.uri(file))).get(30, TimeUnit.SECONDS);
			assertEquals(List.of("diagram/land", "radar/land/eclac.maturity", "trend/land/eclac.maturity"), preview.views().stream().map(v -> v.id()).toList());
			assertTrue(preview.views().get(0).svg().contains("Agency"), "the diagram shows the agency");
			assertTrue(preview.views().stream().allMatch(v -> v.svg().strip().startsWith("<svg") && !v.svg().contains("<script")));
			assertNull(preview.message());

			server.write(file, "institution a \"A\" ministry {\n");
			PreviewResult broken = (PreviewResult) server.server.request("govmodel/preview", new PreviewParams(TestServer.uri(file))).get(30, TimeUnit.SECONDS);
			assertTrue(broken.message().contains("syntax errors"), broken.message());

			// half typed: the body has no title yet, the preview still draws it (by its name)
			server.write(file, "jurisdiction land \"Land\" province\noperational institution agency\n");
			PreviewResult typing = (PreviewResult) server.server.request("govmodel/preview", new PreviewParams(TestServer.uri(file))).get(30, TimeUnit.SECONDS);
			assertEquals(List.of("diagram/land"), typing.views().stream().map(v -> v.id()).toList(), String.valueOf(typing.message()));
			assertTrue(typing.views().get(0).svg().contains(">agency<"), typing.views().get(0).svg());
		}
	}

	@Test
	void badRequestsAreAnsweredWithErrorsAndTheServerGoesOn() throws Exception {
		Path file = model();
		try (TestServer server = new TestServer(List.of(workspace), null)) {
			server.awaitDiagnostics(file);
			ExecutionException unknownFile = assertThrows(ExecutionException.class, () -> server.server.hover(
					new HoverParams(new TextDocumentIdentifier(workspace.resolve("missing.govmodel").toUri().toString()), new Position(0, 0))).get(10, TimeUnit.SECONDS));
			assertFalse(String.valueOf(unknownFile.getCause()).isEmpty());
			assertThrows(Exception.class, () -> server.server.request("govmodel/preview", new PreviewParams(null)).get(10, TimeUnit.SECONDS));
			assertTrue(server.server.hover(new HoverParams(new TextDocumentIdentifier(TestServer.uri(file)), new Position(99, 99)))
					.get(10, TimeUnit.SECONDS).getContents().getRight().getValue().isEmpty(), "past the end: nothing to show");
			var hover = server.server.hover(new HoverParams(new TextDocumentIdentifier(TestServer.uri(file)), new Position(4, 22))).get(10, TimeUnit.SECONDS);
			assertTrue(hover.getContents().getRight().getValue().contains("Maturity"), "still answering: " + hover);
		}
	}
}
