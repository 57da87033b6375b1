package org.govmodel.generators.diagrams;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.govmodel.generators.output.DisplayText;

/**
 * Mermaid (flowcharts, mermaid.js 11): how model text and ids are written so
 * that the text is shown and never read as front-matter keys, a directive
 * ({@code %%{init: …}%%}), a comment, a Markdown string or HTML.
 */
final class MermaidSyntax {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
	/** Words the flowchart grammar reads as keywords wherever an id may stand. */
	private static final Set<String> KEYWORDS = Set.of("end", "graph", "flowchart", "subgraph", "style", "class", "classdef",
			"click", "linkstyle", "default", "direction", "call", "href", "interpolate");

	private MermaidSyntax() {
	}

	/**
	 * A quoted label ({@code ["…"]}, {@code |"…"|}): characters that mean
	 * something to Mermaid or to the HTML it draws labels with become Mermaid's
	 * entity codes ({@code #35;}), decoded only when the label is drawn; line
	 * breaks become {@code <br/>}.
	 */
	static String label(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : DisplayText.of(text).toCharArray()) {
			switch (c) {
				case '\n' -> out.append("<br/>");
				case '"', '#', '<', '>', '&', '%', '`', '\\', '{', '}', '\t' -> out.append('#').append((int) c).append(';');
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/**
	 * A value in the YAML front matter: a double-quoted YAML scalar, so that
	 * colons, quotes and line breaks stay inside the value and add no keys.
	 */
	static String frontMatterValue(String text) {
		StringBuilder out = new StringBuilder("\"");
		DisplayText.of(text).codePoints().forEach(c -> {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\t' -> out.append("\\t");
				default -> {
					if (Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
						// YAML would take these as line breaks or strip them; escaped they stay what they were
						out.append(String.format(Locale.ROOT, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c));
					} else {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.append('"').toString();
	}

	/** An id: a word that is not a keyword as it is; anything else as {@code id_} and its UTF-8 bytes in hex. */
	static String id(String id) {
		return WORD.matcher(id).matches() && !KEYWORDS.contains(id.toLowerCase(Locale.ROOT)) ? id
				: "id_" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
	}
}
