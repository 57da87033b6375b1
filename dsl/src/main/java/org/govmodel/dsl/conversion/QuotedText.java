package org.govmodel.dsl.conversion;

import java.util.Locale;

import org.eclipse.xtext.nodemodel.INode;
import org.govmodel.dsl.parser.SyntaxErrorText;

/**
 * The value of a quoted text as the modeller wrote it: the quotes removed and the escapes
 * {@code \b \t \n \f \r \" \' \\} and {@code \}{@code uXXXX} replaced by their characters. Each
 * mistake is a {@link ConversionError} located at the escape that causes it, in the model's
 * language; half a surrogate pair is one of them, because no UTF-8 writer can encode it, so a
 * report would fail on it later.
 */
final class QuotedText {

	private static final String KEY = "GOV-SYNTAX-001";

	private QuotedText() {
	}

	/** The value of {@code literal}, quotes included, read from {@code node} (for the error's location). */
	static String value(String literal, INode node) {
		if (literal.length() < 2 || literal.charAt(literal.length() - 1) != literal.charAt(0)) {
			throw ConversionError.at(SyntaxErrorText.of(KEY + ".unclosed-text", "quote", literal.isEmpty() ? "\"" : literal.substring(0, 1)), node, literal, 0, literal.length());
		}
		int end = literal.length() - 1;
		StringBuilder value = new StringBuilder(end);
		// where each character of the value was written, for an error about it
		int[] writtenAt = new int[end];
		for (int i = 1; i < end; i++) {
			writtenAt[value.length()] = i;
			char c = literal.charAt(i);
			if (c != '\\') {
				value.append(c);
				continue;
			}
			// the lexer keeps a backslash and the character after it together, so there is one before the closing quote
			char escape = literal.charAt(i + 1);
			switch (escape) {
			case 'b' -> value.append('\b');
			case 't' -> value.append('\t');
			case 'n' -> value.append('\n');
			case 'f' -> value.append('\f');
			case 'r' -> value.append('\r');
			case '"', '\'', '\\' -> value.append(escape);
			case 'u' -> {
				if (i + 6 > end || !hexadecimal(literal, i + 2, i + 6)) {
					throw ConversionError.at(SyntaxErrorText.of(KEY + ".unicode-escape"), node, readable(value), i, Math.min(end, i + 6) - i);
				}
				value.append((char) Integer.parseInt(literal.substring(i + 2, i + 6), 16));
				i += 4;
			}
			default -> throw ConversionError.at(SyntaxErrorText.of(KEY + ".escape", "escape", "\\" + escape), node, readable(value), i, 2);
			}
			i++;
		}
		int unpaired = unpairedSurrogate(value);
		if (unpaired >= 0) {
			int at = writtenAt[unpaired];
			int length = literal.charAt(at) == '\\' ? 6 : 1;
			throw ConversionError.at(SyntaxErrorText.of(KEY + ".half-surrogate", "code", String.format(Locale.ROOT, "\\u%04X", (int) value.charAt(unpaired))), node, readable(value), at, length);
		}
		return value.toString();
	}

	private static boolean hexadecimal(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			// ASCII only, as in Java: Character.digit would also take other scripts' digits
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
				return false;
			}
		}
		return true;
	}

	/** What could be read of the text, with any half surrogate pair as U+FFFD: what the model holds after the error. */
	private static String readable(CharSequence value) {
		StringBuilder text = new StringBuilder(value);
		for (int unpaired = unpairedSurrogate(text); unpaired >= 0; unpaired = unpairedSurrogate(text)) {
			text.setCharAt(unpaired, '\uFFFD');
		}
		return text.toString();
	}

	/** The index of the first surrogate that is not part of a pair, or -1. */
	static int unpairedSurrogate(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}
}
