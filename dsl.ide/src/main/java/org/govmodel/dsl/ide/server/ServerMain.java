package org.govmodel.dsl.ide.server;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * Starts the GovModel language server on stdin/stdout. Stdout carries nothing
 * but the protocol: anything else printed goes to stderr, and so do the logs
 * (warnings and errors), unless {@code --log FILE} sends them to a file.
 * {@code --trace} adds every protocol message to the log. A malformed frame
 * header is repaired rather than derailing the messages after it
 * ({@link ServerConnection}).
 */
public final class ServerMain {

	private static final String USAGE = "usage: java -jar govmodel-language-server.jar [--stdio] [--log FILE] [--trace]";

	private ServerMain() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
		InputStream protocolIn = System.in;
		PrintStream protocolOut = System.out;
		List<String> arguments = List.of(args);
		int log = arguments.indexOf("--log");
		if (arguments.contains("--help") || (log >= 0 && log + 1 >= arguments.size())) {
			System.err.println(USAGE);
			System.exit(arguments.contains("--help") ? 0 : 2);
		}
		PrintStream logStream = log >= 0 ? new PrintStream(new FileOutputStream(arguments.get(log + 1), true), true, StandardCharsets.UTF_8) : System.err;
		System.setOut(logStream);
		ServerLogging.to(logStream);

		GovModelLanguageServer server = (GovModelLanguageServer) Guice.createInjector(new GovModelServerModule()).getInstance(LanguageServerImpl.class);
		PrintWriter trace = arguments.contains("--trace") ? new PrintWriter(new OutputStreamWriter(logStream, StandardCharsets.UTF_8), true) : null;
		ServerConnection.connect(server, protocolIn, protocolOut, trace).startListening().get();
	}
}
