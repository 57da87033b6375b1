package org.govmodel.generators.output;

/**
 * Escaping of model text inside Markdown, so that names and notes render as
 * written and never as markup; what no reader can show is replaced first
 * ({@link DisplayText}). The text is put on one line, so that it cannot end
 * the block it is in, and what would start a block where the text starts a
 * line (a list item, a rule) is escaped too.
 */
public final class MarkdownText {

	/**
	 * What Markdown could read as markup wherever it is, each escaped with a backslash; {@code &} too:
	 * {@code &amp;} or {@code &lt;} in a title would otherwise be read as a character reference and shown as
	 * {@code &} or {@code <}.
	 */
	private static final String MARKUP = "\\`*_{}[]<>()#+!|~&";

	private MarkdownText() {
	}

	/** The text escaped for a place where it may start a line (a paragraph, a list item). */
	public static String escape(String text) {
		return escape(text, true);
	}

	/** The text escaped for a place within a line (after other text, in a table cell, a heading or a link). */
	public static String escapeWithinLine(String text) {
		return escape(text, false);
	}

	private static String escape(String text, boolean mayStartLine) {
		String shown = DisplayText.of(text);
		int escapeAt = mayStartLine ? blockMarker(shown) : -1;
		if (escapeAt < 0 && isPlain(shown)) {
			return shown;
		}
		StringBuilder out = new StringBuilder(shown.length() + 8);
		for (int i = 0; i < shown.length(); i++) {
			char c = shown.charAt(i);
			if (MARKUP.indexOf(c) >= 0 || i == escapeAt) {
				out.append('\\');
			}
			out.append(c == '\n' ? ' ' : c);
		}
		return out.toString();
	}

	/** Text with nothing to escape and on one line: most names are, and they are kept without a copy. */
	private static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || MARKUP.indexOf(c) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where the text, after any spaces, starts like a bullet ("- "), a rule ("---") or a numbered item
	 * ("1. ") would at the start of a line: the index of the "-" or of the ".", whose escape keeps the
	 * line a paragraph; -1 otherwise. ("+", "*", "#", ">" and the others are escaped wherever they are.)
	 */
	private static int blockMarker(String text) {
		int start = 0;
		while (start < text.length() && isSpace(text.charAt(start))) {
			start++;
		}
		if (start == text.length()) {
			return -1;
		}
		if (text.charAt(start) == '-') {
			boolean rule = text.chars().skip(start).allMatch(c -> c == '-' || isSpace((char) c));
			return rule || endsMarker(text, start + 1) ? start : -1;
		}
		int digits = start;
		while (digits < text.length() && digits - start < 9 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
			digits++;
		}
		return digits > start && digits < text.length() && text.charAt(digits) == '.' && endsMarker(text, digits + 1) ? digits : -1;
	}

	/** A list marker is followed by a space or ends the line. */
	private static boolean endsMarker(String text, int next) {
		return next == text.length() || isSpace(text.charAt(next));
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n';
	}
}
