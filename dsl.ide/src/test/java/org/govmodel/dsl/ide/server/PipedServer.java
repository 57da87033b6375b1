package org.govmodel.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * The language server in this JVM, connected as {@link ServerMain} connects it
 * ({@link ServerConnection}) but to pipes instead of stdio, with a client that
 * writes raw bytes and collects the answers by request id. {@code shutdown}
 * and {@code exit} leave the JVM running.
 */
final class PipedServer {

	private final OutputStream toServer;
	private final Map<String, JsonObject> answers = new ConcurrentHashMap<>();

	PipedServer() throws IOException {
		Pipe clientToServer = Pipe.open();
		Pipe serverToClient = Pipe.open();
		GovModelLanguageServer server = (GovModelLanguageServer) Guice.createInjector(Modules.override(new GovModelServerModule())
				.with(binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class)))
				.getInstance(LanguageServerImpl.class);
		ServerConnection.connect(server, Channels.newInputStream(clientToServer.source()), Channels.newOutputStream(serverToClient.sink()), null)
				.startListening();
		toServer = Channels.newOutputStream(clientToServer.sink());
		InputStream fromServer = Channels.newInputStream(serverToClient.source());
		Thread reader = new Thread(() -> readAll(fromServer), "piped-lsp-client");
		reader.setDaemon(true);
		reader.start();
	}

	/** Sends the bytes as they are. */
	synchronized void write(byte[] bytes) throws IOException {
		toServer.write(bytes);
		toServer.flush();
	}

	/** Sends the JSON text in a correct frame. */
	void send(String json) throws IOException {
		write(frame(json.getBytes(StandardCharsets.UTF_8)));
	}

	/** Sends a notification; {@code params} is its JSON. */
	void notify(String method, String params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
	}

	/** Sends a request and waits up to two minutes for its answer; {@code params} is its JSON. */
	JsonObject requestAndWait(String id, String method, String params) throws IOException, InterruptedException {
		send("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"" + method + "\",\"params\":" + params + "}");
		JsonObject answer = answer(id, 120);
		if (answer == null) {
			throw new AssertionError("no answer to " + method);
		}
		return answer;
	}

	static byte[] frame(byte[] body) {
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] frame = new byte[header.length + body.length];
		System.arraycopy(header, 0, frame, 0, header.length);
		System.arraycopy(body, 0, frame, header.length, body.length);
		return frame;
	}

	/** The answer to the request with this id, or null when none comes in time. */
	JsonObject answer(String id, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		synchronized (answers) {
			while (!answers.containsKey(id) && System.nanoTime() < deadline) {
				answers.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			return answers.remove(id);
		}
	}

	/** Forgets answers nobody waited for (to requests hidden in raw bytes). */
	void forgetAnswers() {
		answers.clear();
	}

	/** Reads the server's frames; answers its own requests with null. */
	private void readAll(InputStream out) {
		try {
			for (JsonObject message = readFrame(out); message != null; message = readFrame(out)) {
				if (message.has("id") && message.has("method")) {
					send("{\"jsonrpc\":\"2.0\",\"id\":" + message.get("id") + ",\"result\":null}");
				} else if (message.has("id") && !message.get("id").isJsonNull()) {
					synchronized (answers) {
						answers.put(message.get("id").getAsString(), message);
						answers.notifyAll();
					}
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("the client's end of the pipe failed", e);
		}
	}

	/** The next message the server wrote (lsp4j writes exact lengths), or null at the end of the stream. */
	static JsonObject readFrame(InputStream out) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = out.read();
			if (b < 0) {
				return null;
			}
			header.write(b);
		}
		String text = header.toString(StandardCharsets.US_ASCII);
		int length = Integer.parseInt(text.substring("Content-Length: ".length(), text.indexOf("\r\n")).strip());
		return JsonParser.parseString(new String(out.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
