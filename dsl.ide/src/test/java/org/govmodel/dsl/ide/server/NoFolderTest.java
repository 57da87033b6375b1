package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An editor opened on a lone file, without a folder, sends no root (VS Code does): the server answered initialize
 * with -32603 and a NullPointerException's stack trace, and nothing worked after it. It now checks each file the
 * client opens with the library.
 */
class NoFolderTest {

	@TempDir
	Path elsewhere;

	@Test
	void aLoneFileIsServedWhenTheClientNamesNoFolder() throws Exception {
		PipedServer server = new PipedServer();
		server.send("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"rootUri\":null,\"capabilities\":{}}}");
		JsonObject initialized = server.answer("init", 120);
		assertNotNull(initialized, "no answer to initialize");
		assertTrue(initialized.has("result"), initialized.toString());
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

		Path file = elsewhere.resolve("lone.govmodel");
		String text = "operational institution agency \\\"Agency\\\" agency {\\n    core areas digital-government\\n}\\n";
		Files.writeString(file, text.replace("\\\"", "\"").replace("\\n", "\n"));
		String uri = file.toUri().toString();
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
				+ "\",\"languageId\":\"govmodel\",\"version\":1,\"text\":\"" + text + "\"}}}");
		server.send("{\"jsonrpc\":\"2.0\",\"id\":\"symbols\",\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\"}}}");
		JsonObject symbols = server.answer("symbols", 120);
		assertNotNull(symbols, "no answer to documentSymbol");
		assertTrue(symbols.has("result") && symbols.get("result").isJsonArray(), symbols.toString());
		JsonArray result = symbols.getAsJsonArray("result");
		assertEquals("agency", result.get(0).getAsJsonObject().get("name").getAsString(), symbols.toString());
	}
}
