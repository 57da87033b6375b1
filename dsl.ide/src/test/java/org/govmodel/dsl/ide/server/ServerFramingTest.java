package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Regression for a server that went silent after one bad frame header: one
 * server process on stdio is sent, case after case, a broken frame and then
 * an ordinary request, and must answer every request.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ServerFramingTest {

	private static final String REQUEST = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"agency\"}}";

	@TempDir
	static Path workspace;

	private int nextId = 10;

	private Process process;
	private OutputStream in;
	private final BlockingQueue<JsonObject> answers = new LinkedBlockingQueue<>();

	@BeforeAll
	void start() throws Exception {
		Files.writeString(workspace.resolve("model.govmodel"), "operational institution agency \"Agency\" agency\n");
		process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
				ServerMain.class.getName(), "--log", workspace.resolve("server.log").toString()).start();
		in = process.getOutputStream();
		Thread reader = new Thread(() -> readAll(process.getInputStream()));
		reader.setDaemon(true);
		reader.start();
		write(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}"));
		assertNotNull(answerTo(1, 180), "initialize");
		write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"));
	}

	@AfterAll
	void stop() {
		process.destroyForcibly();
	}

	@ParameterizedTest
	@ValueSource(strings = { "too small", "too large", "negative", "not a number", "missing", "no header at all", "random bytes", "body not JSON" })
	void aBrokenFrameDoesNotSilenceTheServer(String broken) throws Exception {
		int brokenId = nextId++;
		int nextRequest = nextId++;
		String body = String.format(REQUEST, brokenId);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String bad = switch (broken) {
		case "too small" -> header(bytes.length - 20) + body;
		case "too large" -> header(bytes.length + 500) + body;
		case "negative" -> header(-5) + body;
		case "not a number" -> "Content-Length: twelve\r\n\r\n" + body;
		case "missing" -> "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + body;
		case "no header at all" -> body;
		case "random bytes" -> "\u0000\u00ff\u0013{\"garbage\n\r\n\r\n\u0007Content-Lenth: 3\r\n\r\n";
		case "body not JSON" -> header(9) + "{not json";
		default -> throw new IllegalArgumentException(broken);
		};
		write(bad.getBytes(StandardCharsets.ISO_8859_1));
		write(frame(String.format(REQUEST, nextRequest)));
		JsonObject answer = answerTo(nextRequest, 60);
		assertNotNull(answer, "the request after the broken frame is answered");
		assertTrue(answer.has("result"), answer.toString());
	}

	private static String header(int length) {
		return "Content-Length: " + length + "\r\n\r\n";
	}

	private static byte[] frame(String json) {
		return PipedServer.frame(json.getBytes(StandardCharsets.UTF_8));
	}

	private void write(byte[] bytes) throws IOException {
		in.write(bytes);
		in.flush();
	}

	/** The response with this id, or null when none comes in time. */
	private JsonObject answerTo(int id, int seconds) throws InterruptedException {
		long deadline = System.currentTimeMillis() + seconds * 1000L;
		for (JsonObject message = answers.poll(seconds, TimeUnit.SECONDS); message != null; message = answers.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
			if (message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
				return message;
			}
		}
		return null;
	}

	/** Reads the server's frames. */
	private void readAll(InputStream out) {
		try {
			for (JsonObject message = PipedServer.readFrame(out); message != null; message = PipedServer.readFrame(out)) {
				answers.add(message);
			}
		} catch (IOException e) {
			// the process ended
		}
	}
}
