package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.govmodel.dsl.library.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server publishes diagnostics only for the user's documents (the workspace's models, the
 * documents the client opened, the settings files that apply to them), never for the standard
 * library the models are built with: a client would list its files (inside the server's jar) as
 * documents with problems, or at least as phantom entries.
 */
class OwnDocumentsDiagnosticsTest {

	@TempDir
	Path workspace;

	@Test
	void noDiagnosticsArePublishedForTheLibraryAtStartOrAfterAnEdit() throws Exception {
		Path model = workspace.resolve("a.govmodel");
		try (TestServer server = TestServer.startOn(workspace, Map.of("a.govmodel", "jurisdiction land \"Land\" country\n"))) {
			server.settle(model);
			assertOnlyTheWorkspacesDocuments(server, "after start");

			server.open(model);
			server.type(model, "jurisdiction land \"Land\" country\ndirective institution sec \"Secretariat\" secretariat\n");
			assertOnlyTheWorkspacesDocuments(server, "after an edit");
			assertEquals(List.of(TestServer.uri(model)), List.copyOf(server.publishedUris()), "the model's diagnostics were published");
		}
	}

	private void assertOnlyTheWorkspacesDocuments(TestServer server, String when) {
		Set<String> library = new TreeSet<>(new StandardLibrary().uris().stream().map(URI::toString).toList());
		for (String uri : server.publishedUris()) {
			assertFalse(library.contains(uri) || library.contains(uri.replace("file:///", "file:/")), when + ": published for the library's " + uri);
			assertFalse(!uri.startsWith(TestServer.uri(workspace)), when + ": published for " + uri + ", which is not a document of the workspace");
		}
	}
}
