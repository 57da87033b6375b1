package org.govmodel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, captured. */
record CliRun(int exit, String out, String err) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = GovModelCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CliRun(exit, out.toString(), err.toString());
	}

	boolean hasStackTrace() {
		return out.contains("\tat ") || err.contains("\tat ") || err.contains("Exception in thread");
	}
}
