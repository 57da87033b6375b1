package org.govmodel.generators.output;

/** Escaping of model text inside Markdown, so that names and notes render as written and never as markup. */
public final class MarkdownText {

	private MarkdownText() {
	}

	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("\\`*_{}[]<>()#+!|~".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c == '\n' || c == '\r' ? ' ' : c);
		}
		return out.toString();
	}
}
