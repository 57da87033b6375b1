package org.govmodel.generators.output;

/**
 * Model text as every output shows it: line breaks normalised to {@code \n},
 * and what no reader can show — control characters other than line feed and
 * tab, unpaired surrogates, the non-characters U+FFFE and U+FFFF — replaced
 * by U+FFFD, so that it stays visible that something was there. Each
 * format's escaping starts from this, so all formats show the same text and
 * none can fail to encode it (an unpaired surrogate has no UTF-8 form; most
 * control characters are not allowed in XML 1.0).
 */
public final class DisplayText {

	public static final char REPLACEMENT = '\uFFFD';

	private DisplayText() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		// most text is shown as it is: it is returned without a copy (every text of every report passes here)
		int first = 0;
		while (first < text.length() && isShownAsItIs(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			} else {
				out.append(shown(c) ? c : REPLACEMENT);
			}
		}
		return out.toString();
	}

	/** A character that is neither a line break to normalise, nor half of a surrogate pair, nor one no reader can show. */
	private static boolean isShownAsItIs(char c) {
		return c != '\r' && !Character.isSurrogate(c) && shown(c);
	}

	private static boolean shown(char c) {
		if (c == '\n' || c == '\t') {
			return true;
		}
		return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}
}
