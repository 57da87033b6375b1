package org.govmodel.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Executors;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Connects the language server to a client's byte streams, the one way the
 * server is wired to a protocol stream (by {@link ServerMain} on stdio, and by
 * the tests and fuzz target on pipes): the input is re-framed by
 * {@link ResynchronizingInput}, a request whose params cannot be read is still
 * answered ({@link IdKeepingJsonHandler}), messages are validated, and messages the
 * server cannot take (before {@code initialize}, without their params, about
 * a document that is not a GovModel file) are answered or dropped by
 * {@link ProtocolGuard}.
 */
public final class ServerConnection {

	private ServerConnection() {
	}

	/**
	 * Connects the server to the streams; call {@code startListening()} on the
	 * result to serve.
	 *
	 * @param trace where every protocol message is logged, or null
	 */
	public static Launcher<LanguageClient> connect(GovModelLanguageServer server, InputStream in, OutputStream out, PrintWriter trace) {
		Launcher<LanguageClient> launcher = new GuardedBuilder(server)
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(new ResynchronizingInput(in))
				.setOutput(out)
				.setExecutorService(Executors.newCachedThreadPool())
				.validateMessages(true)
				.traceMessages(trace)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}

	/**
	 * lsp4j's launcher with the server behind {@link ProtocolGuard} and messages
	 * parsed by {@link IdKeepingJsonHandler}; otherwise as lsp4j builds them.
	 */
	private static final class GuardedBuilder extends Launcher.Builder<LanguageClient> {

		private final GovModelLanguageServer server;

		GuardedBuilder(GovModelLanguageServer server) {
			this.server = server;
		}

		@Override
		protected MessageJsonHandler createJsonHandler() {
			return new IdKeepingJsonHandler(getSupportedMethods(), configureGson);
		}

		@Override
		protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
			MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
			RemoteEndpoint endpoint = new RemoteEndpoint(outgoing, new ProtocolGuard(ServiceEndpoints.toEndpoint(localServices), server.supportedMethods(), server::serves));
			jsonHandler.setMethodProvider(endpoint);
			endpoint.setJsonHandler(jsonHandler);
			return endpoint;
		}
	}
}
