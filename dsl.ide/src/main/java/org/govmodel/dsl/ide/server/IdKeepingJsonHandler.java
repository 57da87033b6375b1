package org.govmodel.dsl.ide.server;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * lsp4j's message parser, keeping the id of a request it cannot read. lsp4j
 * reads a message's members in order and, when {@code params} has the wrong
 * shape before {@code id} was read, takes the request for a notification, so
 * the client never gets an answer and waits forever. Here such a message is
 * read again as plain JSON for its id, and reported as the request it is:
 * the client gets the "invalid params" answer. So does a request whose params
 * lsp4j fails on without naming the message at all, or with an exception of
 * its own adapters; such a notification is logged in one line as the client's
 * mistake.
 */
final class IdKeepingJsonHandler extends MessageJsonHandler {

	/** @param configureGson how to configure Gson beyond lsp4j's defaults, or null */
	IdKeepingJsonHandler(Map<String, JsonRpcMethod> supportedMethods, Consumer<GsonBuilder> configureGson) {
		super(supportedMethods, configureGson != null ? configureGson : gson -> {
		});
	}

	@Override
	public Message parseMessage(Reader input) throws JsonParseException {
		String text = readAll(input);
		try {
			return parseOrRefuse(text);
		} catch (MessageIssueException issue) {
			if (issue.getRpcMessage() instanceof NotificationMessage notification) {
				RequestMessage request = asRequest(text, notification.getMethod());
				if (request != null) {
					throw new MessageIssueException(request, issue.getIssues());
				}
			}
			throw issue;
		} catch (JsonParseException unreadable) {
			// lsp4j gives up on some shapes (an array of params with a null in it) without reporting a message
			JsonObject message = asObject(text);
			if (message != null && message.get("method") instanceof JsonPrimitive method) {
				RequestMessage request = asRequest(text, method.getAsString());
				if (request != null) {
					throw new MessageIssueException(request,
							new MessageIssue("The params could not be read: " + unreadable.getMessage(), ResponseErrorCode.InvalidParams.getValue(), unreadable));
				}
			}
			throw unreadable;
		}
	}

	/**
	 * lsp4j's reading, where any exception its type adapters throw is what it is: a message the client wrote wrongly
	 * (a text document identifier without its uri makes lsp4j's own adapter throw a NullPointerException), not a
	 * failure of the server.
	 */
	private Message parseOrRefuse(String text) {
		try {
			return super.parseMessage(new StringReader(text));
		} catch (MessageIssueException | JsonParseException expected) {
			throw expected;
		} catch (RuntimeException adapterFailure) {
			throw new JsonParseException("The message could not be read: " + adapterFailure.getMessage(), adapterFailure);
		}
	}

	/** The message as a request for {@code method} with its id, or null when it has no id. */
	private static RequestMessage asRequest(String text, String method) {
		JsonObject message = asObject(text);
		if (message == null || !(message.get("id") instanceof JsonPrimitive id) || !(id.isNumber() || id.isString())) {
			return null;
		}
		RequestMessage request = new RequestMessage();
		request.setJsonrpc(MessageConstants.JSONRPC_VERSION);
		request.setMethod(method);
		request.setRawId(id.isNumber() ? Either.forRight(id.getAsNumber()) : Either.forLeft(id.getAsString()));
		return request;
	}

	private static JsonObject asObject(String text) {
		try {
			return JsonParser.parseString(text) instanceof JsonObject object ? object : null;
		} catch (JsonParseException notJson) {
			return null;
		}
	}

	private static String readAll(Reader input) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
