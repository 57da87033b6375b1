package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Fuzzes the language server's message handling (Jazzer) through its real
 * protocol stack ({@link ServerConnection}: re-framing, lsp4j, the server)
 * with a hostile client: raw bytes and broken frames, bodies that are not
 * JSON, requests with any method and any parameters (positions out of range,
 * wrong types, huge documents), notifications in any order, and requests to a
 * server that was never initialized. What must hold for every input:
 * <ul>
 * <li>every well-framed request is answered, in time, with a result or the
 * right error: -32601 for an unknown method, -32602/-32600/-32700 for bad
 * parameters or requests, -32002 before {@code initialize} (unless the
 * request is malformed); never -32603
 * "internal error";</li>
 * <li>after any input the server still answers an ordinary request;</li>
 * <li>the log never holds a stack trace.</li>
 * </ul>
 * Without {@code JAZZER_FUZZ} it runs over the committed inputs in
 * {@code src/test/resources/org/govmodel/dsl/ide/server/ProtocolFuzzTestInputs/messages/}.
 */
class ProtocolFuzzTest {

	private static final long ANSWER_SECONDS = 60;

	private static final String[] REQUESTS = { "textDocument/hover", "textDocument/completion", "completionItem/resolve", "textDocument/definition",
			"textDocument/references", "textDocument/documentHighlight", "textDocument/documentSymbol", "textDocument/formatting",
			"textDocument/rangeFormatting", "textDocument/rename", "textDocument/prepareRename", "textDocument/codeAction", "textDocument/codeLens",
			"codeLens/resolve", "textDocument/signatureHelp", "textDocument/semanticTokens/full", "textDocument/foldingRange", "workspace/symbol",
			"workspace/executeCommand", "govmodel/preview", "initialize", "shutdown", "textDocument/noSuchRequest", "govmodel/noSuchRequest" };

	private static final String[] NOTIFICATIONS = { "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
			"workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "$/cancelRequest", "$/setTrace", "initialized", "exit",
			"textDocument/noSuchNotification" };

	private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
	private static final Pattern STACK_TRACE_LINE = Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);
	private static final AtomicLong IDS = new AtomicLong();

	private static final Path WORKSPACE = workspace();
	private static final String MODEL = WORKSPACE.resolve("model.govmodel").toUri().toString();
	private static final String[] URIS = { MODEL, WORKSPACE.resolve("new.govmodel").toUri().toString(), WORKSPACE.resolve("notes.txt").toUri().toString(),
			"untitled:Untitled-1", "file:///nowhere/else.govmodel", "" };

	private static final PipedServer NEVER_INITIALIZED = start(false);
	private static final PipedServer SERVER = start(true);

	private static Path workspace() {
		try {
			ServerLogging.to(LOG);
			Path folder = Files.createTempDirectory("govmodel-lsp-fuzz");
			Files.writeString(folder.resolve("model.govmodel"), """
					operational institution agency "Agency" agency
					solution eid digital-identity "eID" {
					    owner agency
					}
					""");
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static PipedServer start(boolean initialize) {
		try {
			PipedServer server = new PipedServer();
			if (initialize) {
				String id = nextId();
				server.send("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + WORKSPACE.toUri()
						+ "\",\"capabilities\":{}}}");
				assertNotNull(server.answer(id, 120), "initialize");
				server.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
				// the workspace is built before the first input (on a loaded machine the first inputs came before it was)
				String probe = nextId();
				server.send(request(probe, "workspace/symbol", query("agency")).toString());
				assertNotNull(server.answer(probe, 120), "the first workspace/symbol");
			}
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@FuzzTest(maxExecutions = 2000, maxDuration = "3m")
	void messages(FuzzedDataProvider data) throws Exception {
		LOG.reset(); // what the server logs for this input only (the log would grow without bound over a long run)
		if (data.consumeBoolean()) {
			beforeInitialize(data);
		} else {
			hostileClient(data);
		}
		assertNoStackTrace();
	}

	/** Whatever comes before initialize is refused: requests with -32002, notifications dropped. */
	private static void beforeInitialize(FuzzedDataProvider data) throws Exception {
		int count = data.consumeInt(1, 4);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (data.consumeBoolean()) {
				NEVER_INITIALIZED.send(notification(pickNotification(data), params(data)).toString());
			} else {
				String method = pickRequest(data);
				if (!"initialize".equals(method)) {
					String id = nextId();
					ids.add(id);
					NEVER_INITIALIZED.send(request(id, method, params(data)).toString());
				}
			}
		}
		String probe = nextId();
		ids.add(probe);
		NEVER_INITIALIZED.send(request(probe, "workspace/symbol", query("agency")).toString());
		for (String id : ids) {
			JsonObject answer = answerTo(NEVER_INITIALIZED, id);
			// a malformed request is refused as such (lsp4j validates it first); any other is not served
			assertTrue(isError(answer, ResponseErrorCode.ServerNotInitialized.getValue()) || isRequestError(answer.getAsJsonObject("error").get("code").getAsInt()),
					"before initialize: " + answer);
		}
	}

	/** Raw bytes, broken frames, any request and notification; then an ordinary request must still be answered. */
	private static void hostileClient(FuzzedDataProvider data) throws Exception {
		SERVER.forgetAnswers();
		int count = data.consumeInt(1, 5);
		List<String[]> requests = new ArrayList<>();
		Set<String> opened = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			switch (data.consumeInt(0, 3)) {
			case 0 -> SERVER.write(data.consumeBytes(data.consumeInt(0, 300)));
			case 1 -> SERVER.write(PipedServer.frame(data.consumeString(300).getBytes(StandardCharsets.UTF_8)));
			case 2 -> {
				String id = nextId();
				String method = pickRequest(data);
				requests.add(new String[] { id, method });
				SERVER.send(request(id, method, params(data)).toString());
			}
			default -> {
				String method = pickNotification(data);
				JsonElement params = params(data);
				if (method.equals("textDocument/didOpen") && params instanceof JsonObject object && object.get("textDocument") instanceof JsonObject document
						&& document.get("uri") instanceof JsonPrimitive uri) {
					opened.add(uri.getAsString());
				}
				SERVER.send(notification(method, params).toString());
			}
			}
		}
		String probe = nextId();
		SERVER.send(request(probe, "workspace/symbol", query("agency")).toString());
		for (String[] request : requests) {
			assertRightAnswer(request[1], answerTo(SERVER, request[0]));
		}
		JsonObject answer = answerTo(SERVER, probe);
		assertTrue(answer.has("result"), "an ordinary request after the input: " + answer);
		for (String uri : opened) {
			JsonObject document = new JsonObject();
			document.addProperty("uri", uri);
			JsonObject close = new JsonObject();
			close.add("textDocument", document);
			SERVER.send(notification("textDocument/didClose", close).toString());
		}
	}

	private static void assertRightAnswer(String method, JsonObject answer) {
		if (answer.has("result")) {
			assertFalse(method.contains("noSuch"), "an unknown method answered with a result: " + answer);
			return;
		}
		int code = answer.getAsJsonObject("error").get("code").getAsInt();
		if (method.contains("noSuch")) {
			assertTrue(code == ResponseErrorCode.MethodNotFound.getValue() || isRequestError(code), method + ": " + answer);
		} else {
			assertTrue(isRequestError(code) || code == ResponseErrorCode.RequestCancelled.getValue(), method + ": " + answer);
		}
	}

	/** The errors that blame the request: invalid parameters, an invalid request, a body that is not the expected JSON. */
	private static boolean isRequestError(int code) {
		return code == ResponseErrorCode.InvalidParams.getValue() || code == ResponseErrorCode.InvalidRequest.getValue()
				|| code == ResponseErrorCode.ParseError.getValue();
	}

	private static boolean isError(JsonObject answer, int code) {
		return answer.has("error") && answer.getAsJsonObject("error").get("code").getAsInt() == code;
	}

	private static JsonObject answerTo(PipedServer server, String id) throws InterruptedException {
		JsonObject answer = server.answer(id, ANSWER_SECONDS);
		if (answer == null) {
			fail("no answer to request " + id + " within " + ANSWER_SECONDS + " s; log:\n" + log());
		}
		return answer;
	}

	private static void assertNoStackTrace() {
		String log = log();
		assertFalse(STACK_TRACE_LINE.matcher(log).find(), () -> "the server logged a stack trace:\n" + log);
	}

	private static String log() {
		return LOG.toString(StandardCharsets.UTF_8);
	}

	private static String nextId() {
		return "fuzz-" + IDS.incrementAndGet();
	}

	private static String pickRequest(FuzzedDataProvider data) {
		return data.consumeInt(0, 9) == 0 ? "noSuch/" + data.consumeString(20) : data.pickValue(REQUESTS);
	}

	private static String pickNotification(FuzzedDataProvider data) {
		return data.pickValue(NOTIFICATIONS);
	}

	private static JsonObject request(String id, String method, JsonElement params) {
		JsonObject message = notification(method, params);
		message.addProperty("id", id);
		return message;
	}

	private static JsonObject notification(String method, JsonElement params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		if (params != null) {
			message.add("params", params);
		}
		return message;
	}

	private static JsonObject query(String text) {
		JsonObject query = new JsonObject();
		query.addProperty("query", text);
		return query;
	}

	/** Parameters shaped like the protocol's (with any values), or any JSON, or none. */
	private static JsonElement params(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 3)) {
		case 0 -> null;
		case 1 -> anyJson(data, 3);
		default -> shapedParams(data);
		};
	}

	private static JsonObject shapedParams(FuzzedDataProvider data) {
		JsonObject params = new JsonObject();
		if (data.consumeBoolean()) {
			JsonObject document = new JsonObject();
			document.addProperty("uri", data.consumeInt(0, 6) < URIS.length ? URIS[data.consumeInt(0, URIS.length - 1)] : data.consumeString(40));
			document.addProperty("languageId", "govmodel");
			document.addProperty("version", data.consumeInt());
			if (data.consumeBoolean()) {
				document.addProperty("text", text(data));
			}
			params.add("textDocument", document);
		}
		if (data.consumeBoolean()) {
			params.add("position", position(data));
		}
		if (data.consumeBoolean()) {
			params.add("range", range(data));
		}
		if (data.consumeBoolean()) {
			params.addProperty("newName", data.consumeString(30));
		}
		if (data.consumeBoolean()) {
			params.addProperty("query", data.consumeString(30));
		}
		if (data.consumeBoolean()) {
			JsonObject change = new JsonObject();
			if (data.consumeBoolean()) {
				change.add("range", range(data));
			}
			change.addProperty("text", text(data));
			JsonArray changes = new JsonArray();
			changes.add(change);
			params.add("contentChanges", changes);
		}
		if (data.consumeBoolean()) {
			JsonObject context = new JsonObject();
			context.addProperty("includeDeclaration", data.consumeBoolean());
			context.add("diagnostics", new JsonArray());
			params.add("context", context);
		}
		if (data.consumeBoolean()) {
			JsonObject options = new JsonObject();
			options.addProperty("tabSize", data.consumeInt());
			options.addProperty("insertSpaces", data.consumeBoolean());
			params.add("options", options);
		}
		if (data.consumeBoolean()) {
			params.add("settings", anyJson(data, 3));
		}
		if (data.consumeBoolean()) {
			params.add("id", anyJson(data, 1));
		}
		if (data.consumeBoolean()) {
			params.addProperty("command", data.consumeString(30));
			params.add("arguments", anyJson(data, 2));
		}
		return params;
	}

	/** A document's text: short, or one fuzzed line repeated into a large document. */
	private static String text(FuzzedDataProvider data) {
		String line = data.consumeString(80);
		return data.consumeBoolean() ? (line + "\n").repeat(data.consumeInt(1, 5000)) : line;
	}

	private static JsonObject range(FuzzedDataProvider data) {
		JsonObject range = new JsonObject();
		range.add("start", position(data));
		range.add("end", position(data));
		return range;
	}

	private static JsonObject position(FuzzedDataProvider data) {
		JsonObject position = new JsonObject();
		position.addProperty("line", data.consumeBoolean() ? data.consumeInt(0, 6) : data.consumeInt());
		position.addProperty("character", data.consumeBoolean() ? data.consumeInt(0, 40) : data.consumeInt());
		return position;
	}

	private static JsonElement anyJson(FuzzedDataProvider data, int depth) {
		int kind = data.consumeInt(0, depth > 0 ? 5 : 3);
		return switch (kind) {
		case 0 -> JsonNull.INSTANCE;
		case 1 -> new JsonPrimitive(data.consumeBoolean());
		case 2 -> new JsonPrimitive(data.consumeBoolean() ? data.consumeLong() : data.consumeDouble());
		case 3 -> new JsonPrimitive(data.consumeString(40));
		case 4 -> {
			JsonArray array = new JsonArray();
			for (int i = data.consumeInt(0, 3); i > 0; i--) {
				array.add(anyJson(data, depth - 1));
			}
			yield array;
		}
		default -> {
			JsonObject object = new JsonObject();
			for (int i = data.consumeInt(0, 3); i > 0; i--) {
				object.add(data.consumeBoolean() ? data.pickValue(List.of("uri", "textDocument", "position", "line", "character", "text", "settings", "govmodel"))
						: data.consumeString(10), anyJson(data, depth - 1));
			}
			yield object;
		}
		};
	}
}
