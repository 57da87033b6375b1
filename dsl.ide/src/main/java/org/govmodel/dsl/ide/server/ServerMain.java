package org.govmodel.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerLauncher;

/**
 * Starts the GovModel language server on stdin/stdout. Logs never go to
 * stdout (it carries the protocol); pass {@code -log} to log to a file and
 * {@code -trace} to trace the protocol.
 */
public final class ServerMain {

	private ServerMain() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(ServerMain.class.getName(), args, new GovModelServerModule());
	}
}
