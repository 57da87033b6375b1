package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.govmodel.dsl.build.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server as editors start it, in a process of its own: stdout carries
 * nothing but framed protocol messages, a malformed message does not stop it,
 * it names its version and commit in {@code serverInfo}, and it exits cleanly
 * when asked.
 */
class ServerProcessTest {

	@TempDir
	Path workspace;

	@Test
	void speaksOnlyTheProtocolOnStdoutAndSurvivesMalformedMessages() throws Exception {
		Files.writeString(workspace.resolve("model.govmodel"), "solution s digital-identity \"S\" {\n    owner nobody\n}\n");
		Path log = workspace.resolve("server.log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
				ServerMain.class.getName(), "--log", log.toString()).start();
		try {
			OutputStream in = process.getOutputStream();
			InputStream out = process.getInputStream();
			send(in, "{not json");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}");
			JsonObject initialized = read(out).getAsJsonObject("result");
			assertTrue(initialized.has("capabilities"), "initialize answered after a malformed message");
			JsonObject serverInfo = initialized.getAsJsonObject("serverInfo");
			assertEquals("GovModel Language Server", serverInfo.get("name").getAsString());
			assertEquals(BuildInfo.current().describe(), serverInfo.get("version").getAsString(), "the version and commit it was built from");
			assertTrue(serverInfo.get("version").getAsString().startsWith(System.getProperty("govmodel.version") + " ("), serverInfo.toString());
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			JsonObject diagnostics = read(out);
			while (!"textDocument/publishDiagnostics".equals(diagnostics.get("method").getAsString())
					|| !diagnostics.getAsJsonObject("params").get("uri").getAsString().endsWith("model.govmodel")) {
				diagnostics = read(out);
			}
			assertEquals("GOV-LINK-001", diagnostics.getAsJsonObject("params").getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("code").getAsString());
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
			JsonObject shutdown = read(out);
			while (!shutdown.has("id")) {
				shutdown = read(out);
			}
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
			assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server exits on 'exit'");
			assertEquals(0, process.exitValue());
			assertEquals(-1, out.read(), "nothing after the last message");
			assertTrue(Files.readString(log).contains("MalformedJsonException"), "the malformed message is logged to the log file");
		} finally {
			process.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** One framed message; fails on anything on stdout that is not a frame. */
	private static JsonObject read(InputStream out) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = out.read();
			if (b < 0) {
				throw new AssertionError("stdout ended inside a header: " + header);
			}
			header.write(b);
		}
		String text = header.toString(StandardCharsets.US_ASCII);
		assertTrue(text.startsWith("Content-Length: "), "stdout carries only protocol frames, found: " + text);
		int length = Integer.parseInt(text.substring("Content-Length: ".length(), text.indexOf("\r\n")).strip());
		return JsonParser.parseString(new String(out.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
