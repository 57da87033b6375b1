package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Regressions for what the language server's fuzz target found (issue 15):
 * each request gets the protocol's answer for what is wrong with it, over the
 * real protocol stack ({@link ServerConnection}).
 */
@TestInstance(Lifecycle.PER_CLASS)
class ProtocolErrorsTest {

	@TempDir
	static Path workspace;

	private PipedServer server;
	private int nextId;

	@BeforeAll
	void start() throws Exception {
		Files.writeString(workspace.resolve("model.govmodel"), "operational institution agency \"Agency\" agency\n");
		server = new PipedServer();
		assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), errorCode(request("workspace/symbol", "{\"query\":\"a\"}")), "before initialize");
		assertTrue(request("initialize", "{\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}").has("result"));
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
	}

	@Test
	void aSecondInitializeIsAnInvalidRequest() throws Exception {
		assertEquals(ResponseErrorCode.InvalidRequest.getValue(), errorCode(request("initialize", "{\"capabilities\":{}}")));
	}

	@Test
	void paramsOfTheWrongShapeBeforeTheIdAreAnsweredInvalidParams() throws Exception {
		String id = "wrong-shape";
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/hover\",\"params\":false,\"id\":\"" + id + "\"}");
		JsonObject answer = server.answer(id, 60);
		assertNotNull(answer, "lsp4j took it for a notification and never answered");
		assertParamsRefused(answer);
	}

	@Test
	void paramsLsp4jCannotReadAreAnsweredInvalidParams() throws Exception {
		assertParamsRefused(request("textDocument/hover", "[1, null]"));
	}

	@Test
	void aRequestWithoutItsParamsIsInvalidParams() throws Exception {
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), errorCode(request("textDocument/hover", null)));
	}

	@Test
	void aRequestAboutAFileOfAnotherLanguageIsInvalidParams() throws Exception {
		String params = "{\"textDocument\":{\"uri\":\"" + workspace.resolve("notes.txt").toUri() + "\"}}";
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), errorCode(request("textDocument/semanticTokens/full", params)));
	}

	@Test
	void aRequestAboutAFileThatDoesNotExistIsInvalidParams() throws Exception {
		String params = "{\"textDocument\":{\"uri\":\"" + workspace.resolve("gone.govmodel").toUri() + "\"},\"position\":{\"line\":0,\"character\":0}}";
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), errorCode(request("textDocument/documentSymbol", params)));
	}

	/** This test's client declared no {@code workspace.executeCommand} capability, so it was offered no command. */
	@Test
	void aCommandFromAClientOfferedNoCommandsIsInvalidParams() throws Exception {
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), errorCode(request("workspace/executeCommand", "{\"command\":\"govmodel.anything\",\"arguments\":[]}")));
		assertTrue(request("workspace/symbol", "{\"query\":\"agency\"}").has("result"), "the server goes on");
	}

	@Test
	void aNotificationWithoutItsParamsIsDroppedAndTheServerGoesOn() throws Exception {
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\"}");
		assertTrue(request("workspace/symbol", "{\"query\":\"agency\"}").has("result"));
	}

	/**
	 * Requests of the protocol the server does not offer (its capabilities do not name them) are "method not found",
	 * as an unknown method is: lsp4j and Xtext implement several of them by throwing, which was "internal error".
	 */
	@ParameterizedTest
	@ValueSource(strings = { "textDocument/onTypeFormatting", "textDocument/selectionRange", "textDocument/typeDefinition", "textDocument/implementation",
			"textDocument/declaration", "textDocument/inlayHint", "textDocument/prepareCallHierarchy", "textDocument/documentLink",
			"textDocument/documentColor", "textDocument/linkedEditingRange", "textDocument/semanticTokens/range", "textDocument/moniker",
			"textDocument/diagnostic", "textDocument/prepareTypeHierarchy" })
	void aRequestTheServerDoesNotOfferIsMethodNotFound(String method) throws Exception {
		String params = "{\"textDocument\":{\"uri\":\"" + workspace.resolve("model.govmodel").toUri()
				+ "\"},\"position\":{\"line\":0,\"character\":3},\"positions\":[{\"line\":0,\"character\":3}],\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":3}},"
				+ "\"ch\":\"}\",\"options\":{\"tabSize\":4,\"insertSpaces\":true},\"context\":{\"includeDeclaration\":true}}";
		JsonObject answer = request(method, params);
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(), errorCode(answer), answer.toString());
		assertTrue(request("workspace/symbol", "{\"query\":\"agency\"}").has("result"), "the server goes on");
	}

	private JsonObject request(String method, String params) throws Exception {
		String id = "t" + nextId++;
		server.send("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}");
		JsonObject answer = server.answer(id, 120);
		assertNotNull(answer, "no answer to " + method);
		return answer;
	}

	/** lsp4j reports params it cannot read as a parse error (-32700), a shape it rejects as invalid params (-32602). */
	private static void assertParamsRefused(JsonObject answer) {
		int code = errorCode(answer);
		assertTrue(code == ResponseErrorCode.InvalidParams.getValue() || code == ResponseErrorCode.ParseError.getValue(), answer.toString());
	}

	private static int errorCode(JsonObject answer) {
		assertTrue(answer.has("error"), answer.toString());
		return answer.getAsJsonObject("error").get("code").getAsInt();
	}
}
