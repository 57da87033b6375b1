package org.govmodel.dsl.ide.server;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Where the server's logs go. Xtext logs through log4j, whose bundled
 * configuration writes to stdout, and lsp4j through java.util.logging: both
 * are sent, warnings and up, to one stream (stderr or the --log file).
 */
final class ServerLogging {

	private ServerLogging() {
	}

	static void to(OutputStream stream) {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.WARN);
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%d{HH:mm:ss.SSS} %-5p %c{1} - %m%n"));
		appender.setWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		root.addAppender(appender);

		LogManager.getLogManager().reset();
		java.util.logging.Logger.getLogger("").addHandler(new StreamHandler(stream, new SimpleFormatter()) {
			@Override
			public synchronized void publish(LogRecord record) {
				super.publish(record);
				flush();
			}
		});
	}
}
