package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A govmodel.json above the workspace folder applies to its models (as on the command line), but
 * the client watches only the workspace: when the file is created, edited or deleted there, the
 * next edit brings the new severities to every model of the workspace, open or not.
 */
class SettingsAboveTheWorkspaceTest {

	private static final String LAND = "jurisdiction land \"Land\" country\n";

	@TempDir
	Path above;

	@Test
	void aSettingsFileCreatedEditedAndDeletedAboveTheWorkspaceIsFollowed() throws Exception {
		Path workspace = Files.createDirectory(above.resolve("workspace"));
		Path edited = workspace.resolve("a.govmodel");
		Path other = workspace.resolve("b.govmodel");
		Path settings = above.resolve("govmodel.json");
		try (TestServer server = TestServer.startOn(workspace, Map.of("a.govmodel", LAND, "b.govmodel", "jurisdiction sea \"Sea\" country\n"))) {
			assertTier001(server, List.of(edited, other), DiagnosticSeverity.Warning, "the rule's default");
			server.open(edited);

			Files.writeString(settings, "{ \"rules\": { \"GOV-TIER-001\": \"error\" } }\n", StandardCharsets.UTF_8);
			server.type(edited, LAND + "\n");
			assertTier001(server, List.of(edited, other), DiagnosticSeverity.Error, "the settings file created above the workspace");

			Files.writeString(settings, "{ \"rules\": { \"GOV-TIER-001\": \"info\" } }\n", StandardCharsets.UTF_8);
			server.type(edited, LAND);
			assertTier001(server, List.of(edited, other), DiagnosticSeverity.Information, "the settings file edited above the workspace");

			Files.delete(settings);
			server.type(edited, LAND + "\n");
			assertTier001(server, List.of(edited, other), DiagnosticSeverity.Warning, "the rule's default again, the settings file deleted");
		}
	}

	private static void assertTier001(TestServer server, List<Path> files, DiagnosticSeverity expected, String why) {
		for (Path file : files) {
			List<DiagnosticSeverity> severities = server.diagnostics(file).stream().filter(d -> "GOV-TIER-001".equals(d.getCode().getLeft()))
					.map(Diagnostic::getSeverity).toList();
			assertEquals(List.of(expected), severities, file.getFileName() + ": " + why);
		}
	}
}
