package org.govmodel.dsl.loading;

import java.util.Optional;

/**
 * Whether a text is one JSON value (RFC 8259), and if not, the first place where it stops being one and why, so
 * that a settings file's syntax error can be reported where it is, in the reader's language, and with what to do.
 * Checked without recursion, and no deeper than {@link #MAX_DEPTH} (a settings file needs two levels), so no input
 * can exhaust the stack or reach a parser's own limits.
 */
final class JsonSyntax {

	/** Lists and objects nested deeper than this are refused. */
	static final int MAX_DEPTH = 32;

	/** What is wrong, with the key of its message in the diagnostics bundle. */
	enum Problem {
		EMPTY("empty"), UNEXPECTED_END("unexpectedEnd"), UNEXPECTED_CHARACTER("unexpectedCharacter"), UNTERMINATED_STRING("unterminatedString"),
		CONTROL_CHARACTER("controlCharacter"), BAD_ESCAPE("badEscape"), BAD_NUMBER("badNumber"), TRAILING_TEXT("trailingText"), TOO_DEEP("tooDeep");

		private final String key;

		Problem(String name) {
			this.key = "settings.json." + name;
		}

		String key() {
			return key;
		}
	}

	/** @param offset where the problem is, in characters from the start of the text */
	record Error(Problem problem, int offset) {
	}

	private final String text;
	private int pos;

	private JsonSyntax(String text) {
		this.text = text;
	}

	/** The text's first syntax error, or empty when it is one JSON value (surrounded by white space only). */
	static Optional<Error> check(String text) {
		return Optional.ofNullable(new JsonSyntax(text).document());
	}

	private Error document() {
		skipSpace();
		if (atEnd()) {
			return new Error(Problem.EMPTY, 0);
		}
		StringBuilder open = new StringBuilder(); // the containers open, '{' or '['
		boolean valueNext = true;
		while (true) {
			skipSpace();
			if (valueNext) {
				if (atEnd()) {
					return error(Problem.UNEXPECTED_END);
				}
				char c = text.charAt(pos);
				if (c == '{' || c == '[') {
					if (open.length() == MAX_DEPTH) {
						return error(Problem.TOO_DEEP);
					}
					open.append(c);
					pos++;
					skipSpace();
					if (!atEnd() && text.charAt(pos) == closer(c)) {
						pos++;
						open.setLength(open.length() - 1);
						valueNext = false;
					} else if (c == '{') {
						Error key = key();
						if (key != null) {
							return key;
						}
					}
					continue;
				}
				Error scalar = scalar(c);
				if (scalar != null) {
					return scalar;
				}
				valueNext = false;
			} else {
				if (open.isEmpty()) {
					return atEnd() ? null : error(Problem.TRAILING_TEXT);
				}
				if (atEnd()) {
					return error(Problem.UNEXPECTED_END);
				}
				char container = open.charAt(open.length() - 1);
				char c = text.charAt(pos);
				if (c == ',') {
					pos++;
					if (container == '{') {
						skipSpace();
						Error key = key();
						if (key != null) {
							return key;
						}
					}
					valueNext = true;
				} else if (c == closer(container)) {
					pos++;
					open.setLength(open.length() - 1);
				} else {
					return error(Problem.UNEXPECTED_CHARACTER);
				}
			}
		}
	}

	/** A member's name and its colon. */
	private Error key() {
		if (atEnd()) {
			return error(Problem.UNEXPECTED_END);
		}
		if (text.charAt(pos) != '"') {
			return error(Problem.UNEXPECTED_CHARACTER);
		}
		Error string = string();
		if (string != null) {
			return string;
		}
		skipSpace();
		if (atEnd()) {
			return error(Problem.UNEXPECTED_END);
		}
		if (text.charAt(pos) != ':') {
			return error(Problem.UNEXPECTED_CHARACTER);
		}
		pos++;
		return null;
	}

	private Error scalar(char c) {
		if (c == '"') {
			return string();
		}
		if (c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9') {
			return number();
		}
		for (String literal : new String[] { "true", "false", "null" }) {
			if (text.startsWith(literal, pos)) {
				pos += literal.length();
				return null;
			}
		}
		return error(Problem.UNEXPECTED_CHARACTER);
	}

	private Error string() {
		int start = pos++;
		while (!atEnd()) {
			char c = text.charAt(pos);
			if (c == '"') {
				pos++;
				return null;
			}
			if (c == '\n' || c == '\r') {
				break; // the string goes on to the next line: its closing quote is missing
			}
			if (c < 0x20) {
				return error(Problem.CONTROL_CHARACTER);
			}
			if (c == '\\') {
				pos++;
				if (atEnd()) {
					break;
				}
				char escaped = text.charAt(pos);
				if (escaped == 'u') {
					for (int i = 1; i <= 4; i++) {
						if (pos + i >= text.length() || Character.digit(text.charAt(pos + i), 16) < 0) {
							return new Error(Problem.BAD_ESCAPE, pos - 1);
						}
					}
					pos += 4;
				} else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
					return new Error(Problem.BAD_ESCAPE, pos - 1);
				}
			}
			pos++;
		}
		return new Error(Problem.UNTERMINATED_STRING, start);
	}

	/** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, not followed by more of a word. */
	private Error number() {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		if (peek() == '0') {
			pos++;
		} else if (!digits()) {
			return new Error(Problem.BAD_NUMBER, start);
		}
		if (peek() == '.') {
			pos++;
			if (!digits()) {
				return new Error(Problem.BAD_NUMBER, start);
			}
		}
		if (peek() == 'e' || peek() == 'E') {
			pos++;
			if (peek() == '+' || peek() == '-') {
				pos++;
			}
			if (!digits()) {
				return new Error(Problem.BAD_NUMBER, start);
			}
		}
		char next = peek();
		if (Character.isLetterOrDigit(next) || next == '.' || next == '+' || next == '-') {
			return new Error(Problem.BAD_NUMBER, start);
		}
		return null;
	}

	private boolean digits() {
		int start = pos;
		while (peek() >= '0' && peek() <= '9') {
			pos++;
		}
		return pos > start;
	}

	/** The character at the position, or U+0000 at the end. */
	private char peek() {
		return atEnd() ? '\0' : text.charAt(pos);
	}

	private void skipSpace() {
		while (!atEnd() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
	}

	private boolean atEnd() {
		return pos >= text.length();
	}

	private Error error(Problem problem) {
		return new Error(problem, pos);
	}

	private static char closer(char opener) {
		return opener == '{' ? '}' : ']';
	}
}
