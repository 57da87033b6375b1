package org.govmodel.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of what the command line writes for people: the platform's, except where the platform offers only
 * ASCII. That is the POSIX locale: no {@code LANG} at all (a container, a cron job), {@code LANG=C}, or a locale
 * named but not installed ({@code pt_BR.UTF-8} on a machine that never generated it); Java 17 then encodes every
 * letter beyond ASCII as {@code ?}, so a Spanish or Portuguese message lost every accent. There the command line
 * writes UTF-8, what today's terminals and CI logs read, as Python does in that locale (PEP 538). A locale with an
 * encoding of its own (ISO-8859-1, a Windows code page) keeps it.
 */
public final class ConsoleCharset {

	private ConsoleCharset() {
	}

	/** The encoding of this process's console. */
	public static Charset get() {
		return forPlatform(Charset.defaultCharset());
	}

	static Charset forPlatform(Charset platform) {
		return platform.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : platform;
	}
}
