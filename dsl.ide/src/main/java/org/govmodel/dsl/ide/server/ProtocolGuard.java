package org.govmodel.dsl.ide.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Logger;

import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Keeps from the server the messages it cannot take, answering as the LSP
 * specification asks instead of failing inside it: until {@code initialize}
 * a request is answered "server not initialized" (-32002) and a notification
 * other than {@code exit} is dropped; a second {@code initialize} is an
 * invalid request (-32600); a request without the parameters its method
 * takes, or about a document that is not a GovModel file, is "invalid
 * params" (-32602) and such a notification is dropped; a request of the
 * protocol the server does not offer is "method not found" (-32601).
 * Each dropped notification is logged with the reason.
 */
final class ProtocolGuard implements Endpoint {

	private static final Logger LOG = Logger.getLogger(ProtocolGuard.class.getName());
	private static final String INITIALIZE = "initialize";

	private final Endpoint server;
	private final Map<String, JsonRpcMethod> methods;
	private final Predicate<String> servedDocuments;
	private final AtomicBoolean initializeReceived = new AtomicBoolean();

	/**
	 * @param methods the server's methods, with the parameters each takes
	 * @param servedDocuments whether a document URI is one the server can read (a GovModel file)
	 */
	ProtocolGuard(Endpoint server, Map<String, JsonRpcMethod> methods, Predicate<String> servedDocuments) {
		this.server = server;
		this.methods = methods;
		this.servedDocuments = servedDocuments;
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (INITIALIZE.equals(method)) {
			if (!initializeReceived.compareAndSet(false, true)) {
				return refuse(ResponseErrorCode.InvalidRequest, "The server is already initialized: initialize is sent once");
			}
		} else if (!initializeReceived.get()) {
			return refuse(ResponseErrorCode.ServerNotInitialized, "The server is not initialized: send initialize before " + method);
		}
		if (parameter == null && takesParameters(method)) {
			return refuse(ResponseErrorCode.InvalidParams, "The request " + method + " needs its params");
		}
		String document = unservedDocument(parameter);
		if (document != null) {
			return refuse(ResponseErrorCode.InvalidParams, "The request " + method + " is about a document that is not a GovModel file: " + document);
		}
		try {
			return server.request(method, parameter);
		} catch (UnsupportedOperationException notOffered) {
			// lsp4j's defaults and Xtext's stubs of the protocol's methods the server does not offer (its capabilities
			// do not name them) throw this: for the client it is a method not found, not an internal error
			return refuse(ResponseErrorCode.MethodNotFound, "The server does not offer " + method);
		}
	}

	@Override
	public void notify(String method, Object parameter) {
		if (!initializeReceived.get() && !"exit".equals(method)) {
			LOG.warning("Ignored the notification " + method + ": it came before initialize");
		} else if (parameter == null && takesParameters(method)) {
			LOG.warning("Ignored the notification " + method + ": it has no params");
		} else if (unservedDocument(parameter) != null) {
			LOG.warning("Ignored the notification " + method + ": it is about a document that is not a GovModel file: " + unservedDocument(parameter));
		} else {
			server.notify(method, parameter);
		}
	}

	private boolean takesParameters(String method) {
		JsonRpcMethod known = methods.get(method);
		return known != null && known.getParameterTypes().length > 0;
	}

	/**
	 * The URI of the text document the params are about (LSP's params name it
	 * in {@code textDocument}), when the server cannot read it; else null.
	 */
	private String unservedDocument(Object parameter) {
		Object document = textDocument(parameter);
		String uri = document instanceof TextDocumentIdentifier identifier ? identifier.getUri()
				: document instanceof TextDocumentItem item ? item.getUri() : null;
		return uri != null && !servedDocuments.test(uri) ? uri : null;
	}

	private static Object textDocument(Object parameter) {
		if (parameter == null) {
			return null;
		}
		try {
			return parameter.getClass().getMethod("getTextDocument").invoke(parameter);
		} catch (NoSuchMethodException notAboutADocument) {
			return null;
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static CompletableFuture<?> refuse(ResponseErrorCode code, String message) {
		return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(code, message, null)));
	}
}
