package org.govmodel.generators.output;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: what {@link java.io.StringWriter} does without its
 * {@link StringBuffer}, whose lock every write takes. Gson and StAX write a report a few characters at a time,
 * so on a national model that lock was a few per cent of {@code generate}'s CPU, though each buffer is
 * written by one thread only. (Apache Commons IO's {@code StringBuilderWriter} does the same; this bundle
 * does not depend on Commons IO, and the Eclipse plug-in would have to ship it.)
 */
final class TextBuffer extends Writer {

	private final StringBuilder text = new StringBuilder(256);

	@Override
	public void write(int c) {
		text.append((char) c);
	}

	@Override
	public void write(char[] chars, int offset, int length) {
		text.append(chars, offset, length);
	}

	@Override
	public void write(String string) {
		text.append(string);
	}

	@Override
	public void write(String string, int offset, int length) {
		text.append(string, offset, offset + length);
	}

	@Override
	public Writer append(CharSequence characters) {
		text.append(characters);
		return this;
	}

	@Override
	public Writer append(char c) {
		text.append(c);
		return this;
	}

	@Override
	public void flush() {
		// nothing is held back
	}

	@Override
	public void close() {
		// nothing to release
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
