package org.govmodel.generators.output;

/**
 * Escaping of model text inside Markdown, so that names and notes render as
 * written and never as markup; what no reader can show is replaced first
 * ({@link DisplayText}).
 */
public final class MarkdownText {

	private MarkdownText() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : DisplayText.of(text).toCharArray()) {
			// '&' too: "&amp;" or "&lt;" in a title would otherwise be read as a character reference and shown as "&" or "<"
			if ("\\`*_{}[]<>()#+!|~&".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c == '\n' ? ' ' : c);
		}
		return out.toString();
	}
}
