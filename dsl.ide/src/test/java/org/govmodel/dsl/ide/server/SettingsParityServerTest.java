package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The language server, on the settings-parity folder (dsl's test resources) opened as a
 * workspace, publishes what every front end reports there: each model's nearest govmodel.json
 * applies, the misspelt rule id is a GOV-CONFIG-001 warning on its line, build output is not
 * read. A settings file above the workspace folder applies as it does on the command line.
 */
class SettingsParityServerTest {

	private static final Path PARITY = Path.of("../dsl/src/test/resources/settings-parity").toAbsolutePath().normalize();

	private static final List<String> PUBLISHED = List.of("a.govmodel", "nested/b.govmodel", "nested/deeper/c.govmodel", "govmodel.json");

	@Test
	void theWorkspacePublishesWhatEveryFrontEndReports() throws Exception {
		try (TestServer server = new TestServer(List.of(PARITY), null)) {
			List<String> lines = new ArrayList<>();
			for (String file : PUBLISHED) {
				for (Diagnostic diagnostic : server.awaitDiagnostics(PARITY.resolve(file))) {
					lines.add(line(file, diagnostic));
				}
			}
			assertEquals(expected(), lines.stream().sorted().toList());
			List<Diagnostic> output = server.diagnostics(PARITY.resolve("nested/bin/copy.govmodel"));
			assertTrue(output == null || output.isEmpty(), "build output is not read: " + output);
		}
	}

	@Test
	void aSettingsFileAboveTheWorkspaceFolderApplies() throws Exception {
		Path deeper = PARITY.resolve("nested/deeper");
		try (TestServer server = new TestServer(List.of(deeper), null)) {
			assertEquals(List.of(), server.awaitDiagnostics(deeper.resolve("c.govmodel")), "nested/govmodel.json switches GOV-AUTO-001 off");
		}
	}

	private static String line(String file, Diagnostic diagnostic) {
		String severity = switch (diagnostic.getSeverity()) {
			case Information, Hint -> "info";
			default -> diagnostic.getSeverity().name().toLowerCase(Locale.ROOT);
		};
		return file + ":" + (diagnostic.getRange().getStart().getLine() + 1) + ":" + (diagnostic.getRange().getStart().getCharacter() + 1) + " " + severity
				+ " " + diagnostic.getCode().getLeft();
	}

	private static List<String> expected() throws Exception {
		return Files.readAllLines(PARITY.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8);
	}
}
