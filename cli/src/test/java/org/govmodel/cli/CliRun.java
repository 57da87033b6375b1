package org.govmodel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.WriterAppender;

/**
 * One run of the command line, captured: what it wrote, and what the libraries under it logged at warning level
 * or above while it ran. Xtext and EMF log a failure they caught (a check that threw, a reference that could not
 * be resolved) with its stack trace through log4j, whose console appender writes to the process's standard
 * output behind the command's back.
 */
record CliRun(int exit, String out, String err, String logged) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		StringWriter logged = new StringWriter();
		WriterAppender appender = new WriterAppender(new PatternLayout("%p %c - %m%n"), logged);
		appender.setThreshold(Level.WARN);
		Logger.getRootLogger().addAppender(appender);
		try {
			int exit = GovModelCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
			return new CliRun(exit, out.toString(), err.toString(), logged.toString());
		} finally {
			Logger.getRootLogger().removeAppender(appender);
		}
	}

	boolean hasStackTrace() {
		return out.contains("\tat ") || err.contains("\tat ") || err.contains("Exception in thread") || !logged.isEmpty();
	}
}
