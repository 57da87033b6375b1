package org.govmodel.dsl.loading;

import java.util.Locale;

/**
 * Model text made safe for a terminal or a CI log: the one escaping for that
 * context. A line of output must stay one line and show what the model says,
 * so characters that a terminal or log viewer would act on instead of show
 * (line breaks, escape sequences, other control characters, Unicode line
 * separators and bidirectional overrides) are written as {@code \n},
 * {@code \r}, {@code \t} or {@code \}{@code uXXXX}.
 */
public final class TerminalText {

	private TerminalText() {
	}

	public static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder result = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && result == null) {
				result = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (result != null) {
				if (replacement != null) {
					result.append(replacement);
				} else {
					result.append(c);
				}
			}
		}
		return result == null ? text : result.toString();
	}

	private static String replacement(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> actsOnTerminal(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : null;
		};
	}

	private static boolean actsOnTerminal(char c) {
		return Character.getType(c) == Character.CONTROL // C0, DEL and C1 (ESC, CSI, OSC, ...)
				|| c == '\u2028' || c == '\u2029' // line and paragraph separators
				|| c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' // bidirectional embeddings and isolates
				|| c == '\u200E' || c == '\u200F' || c == '\u061C'; // directional marks
	}
}
