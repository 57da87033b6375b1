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

	@Option(names = "--log", paramLabel = "FILE", description = "Append the logs to FILE instead of stderr.")
	private String log;

	@Option(names = "--trace", description = "Log every protocol message too.")
	private boolean trace;

	@Override
	public Integer call() throws Exception {
		List<String> args = new ArrayList<>();
		if (log != null) {
			args.add("--log");
			args.add(log);
		}
		if (trace) {
			args.add("--trace");
		}
		ServerMain.main(args.toArray(String[]::new));
		return GovModelCli.OK;
	}
}
