package org.govmodel.dsl.ide.server;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.apache.log4j.ConsoleAppender;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import com.google.gson.JsonParseException;

/**
 * Where the server's logs go. Xtext logs through log4j, whose bundled
 * configuration writes to stdout, and lsp4j through java.util.logging: both
 * are sent, warnings and up, to one stream (stderr or the --log file).
 * What lsp4j reports about the client's messages (a body that is not JSON,
 * params of the wrong shape) and any warning are logged with their causes in
 * one line, not with a stack trace, which is kept for the server's own errors.
 */
final class ServerLogging {

	private ServerLogging() {
	}

	static void to(OutputStream stream) {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.WARN);
		ConsoleAppender appender = new ConsoleAppender(new AnswersInOneLine("%d{HH:mm:ss.SSS} %-5p %c{1} - %m%n"));
		appender.setWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		root.addAppender(appender);

		LogManager.getLogManager().reset();
		java.util.logging.Logger.getLogger("").addHandler(new StreamHandler(stream, new WarningsInOneLine()) {
			@Override
			public synchronized void publish(LogRecord record) {
				super.publish(record);
				flush();
			}
		});
	}

	/**
	 * Xtext's log line, with a request's answer to the client (an exception
	 * that is the protocol's error, such as a refused rename or a document that
	 * does not exist, which Xtext logs as an error) in one line; any other
	 * exception with its stack trace.
	 */
	static final class AnswersInOneLine extends PatternLayout {

		AnswersInOneLine(String pattern) {
			super(pattern);
		}

		@Override
		public boolean ignoresThrowable() {
			return false; // this layout writes the throwable itself
		}

		@Override
		public String format(org.apache.log4j.spi.LoggingEvent event) {
			String line = super.format(event);
			Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
			if (thrown == null) {
				return line;
			}
			Throwable answer = thrown instanceof java.util.concurrent.CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
			if (answer instanceof ResponseErrorException) {
				return line.stripTrailing() + " " + answer.getMessage() + System.lineSeparator();
			}
			return line + String.join(System.lineSeparator(), event.getThrowableStrRep()) + System.lineSeparator();
		}
	}

	/**
	 * java.util.logging's format, with the exception of a warning, or of an
	 * error in what the client sent, as one line of causes instead of a stack trace.
	 */
	static final class WarningsInOneLine extends SimpleFormatter {

		@Override
		public String format(LogRecord record) {
			if (record.getThrown() == null || (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !isClientInput(record.getThrown()))) {
				return super.format(record);
			}
			LogRecord oneLine = new LogRecord(record.getLevel(), formatMessage(record) + " (" + causes(record.getThrown()) + ")");
			oneLine.setLoggerName(record.getLoggerName());
			oneLine.setSourceClassName(record.getSourceClassName());
			oneLine.setSourceMethodName(record.getSourceMethodName());
			oneLine.setInstant(record.getInstant());
			return super.format(oneLine);
		}

		/** Whether the exception says what was wrong with the client's message (lsp4j logs a body that is no message as SEVERE). */
		private static boolean isClientInput(Throwable thrown) {
			for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
				if (cause instanceof JsonParseException || cause instanceof MessageIssueException) {
					return true;
				}
			}
			return false;
		}

		private static String causes(Throwable thrown) {
			StringBuilder text = new StringBuilder();
			for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
				if (text.length() > 0) {
					text.append("; caused by ");
				}
				text.append(cause.getClass().getSimpleName()).append(": ").append(String.valueOf(cause.getMessage()).replaceAll("\\s+", " "));
			}
			return text.toString();
		}
	}
}
