package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * A client may send document notifications as soon as it has sent
 * {@code initialized}, while the server is still loading the workspace:
 * opening, editing, saving and closing files (also one it never opened) in
 * that window must neither fail nor be lost. The server then answers with the
 * documents as the client left them.
 */
class EarlyNotificationsTest {

	private static final Pattern STACK_TRACE_LINE = Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

	@TempDir
	Path workspace;

	@Test
	void documentNotificationsWhileTheWorkspaceLoadsAreAppliedInOrder() throws Exception {
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		ServerLogging.to(log);
		Path kept = workspace.resolve("kept.govmodel");
		Path closed = workspace.resolve("closed.govmodel");
		Files.writeString(kept, "operational institution agency \"Agency\" agency\n");
		Files.writeString(closed, "operational institution office \"Office\" agency\n");
		for (int i = 0; i < 50; i++) {
			Files.writeString(workspace.resolve("other-" + i + ".govmodel"), "operational institution body" + i + " \"Body " + i + "\" agency\n");
		}
		PipedServer server = new PipedServer();
		JsonObject initialized = server.requestAndWait("init", "initialize", "{\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}");
		assertTrue(initialized.has("result"), initialized.toString());
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
		// at once, before the workspace has loaded
		server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + kept.toUri()
				+ "\",\"languageId\":\"govmodel\",\"version\":1,\"text\":\"operational institution agency \\\"Agency\\\" agency\\n\"}}");
		server.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + kept.toUri()
				+ "\",\"version\":2},\"contentChanges\":[{\"text\":\"operational institution renamedAgency \\\"Agency\\\" agency\\n\"}]}");
		server.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + closed.toUri() + "\"}}");
		server.notify("textDocument/didSave", "{\"textDocument\":{\"uri\":\"" + closed.toUri() + "\"}}");
		server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + closed.toUri()
				+ "\",\"languageId\":\"govmodel\",\"version\":1,\"text\":\"operational institution office \\\"Office\\\" agency\\n\"}}");
		server.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + closed.toUri() + "\"}}");

		JsonObject renamed = server.requestAndWait("renamed", "workspace/symbol", "{\"query\":\"renamedAgency\"}");
		assertTrue(renamed.toString().contains("renamedAgency"), "the unsaved edit made while loading is what the server sees: " + renamed);
		JsonObject office = server.requestAndWait("office", "workspace/symbol", "{\"query\":\"office\"}");
		assertTrue(office.toString().contains("closed.govmodel"), "the closed file is read from disk again: " + office);
		JsonObject body = server.requestAndWait("body", "workspace/symbol", "{\"query\":\"body49\"}");
		assertTrue(body.toString().contains("other-49.govmodel"), "the rest of the workspace is loaded: " + body);
		String logged = log.toString(StandardCharsets.UTF_8);
		assertFalse(STACK_TRACE_LINE.matcher(logged).find(), () -> "the server logged a stack trace:\n" + logged);
	}


}
