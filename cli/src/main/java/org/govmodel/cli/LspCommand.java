package org.govmodel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govmodel.dsl.ide.server.ServerMain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the GovModel language server over stdin/stdout (for VS Code, Neovim, Emacs, ...).",
				"Nothing but the protocol is written to stdout." })
class LspCommand implements Callable<Integer> {

	@Option(names = "--stdio", description = "Talk over stdin/stdout (the default; accepted for clients that pass it).")
	private boolean stdio;

	@Option(names = "--log", description = "Log to a file in the working directory instead of discarding logs.")
	private boolean log;

	@Option(names = "--trace", description = "Trace the protocol messages to stderr.")
	private boolean trace;

	@Override
	public Integer call() {
		List<String> args = new ArrayList<>();
		if (log) {
			args.add("-log");
		}
		if (trace) {
			args.add("-trace");
		}
		ServerMain.main(args.toArray(String[]::new));
		return GovModelCli.OK;
	}
}
