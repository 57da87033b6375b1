package org.govmodel.generators.diagrams;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.govmodel.generators.output.DisplayText;

/** Graphviz DOT: how model text and ids are written so that Graphviz shows exactly the text. */
final class DotSyntax {

	private static final Pattern BARE_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Set<String> KEYWORDS = Set.of("node", "edge", "graph", "digraph", "subgraph", "strict");

	private DotSyntax() {
	}

	/**
	 * A quoted string shown as written: the quote is escaped (the only escape
	 * of DOT's lexer), backslashes are doubled (labels give {@code \N},
	 * {@code \l} … a meaning), {@code &} is written as an entity (Graphviz
	 * decodes entities in every string) and line breaks become {@code \n}.
	 */
	static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : DisplayText.of(text).toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '&' -> out.append("&amp;");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/** An id: bare when it is a word that is not a keyword, quoted otherwise. */
	static String id(String id) {
		return BARE_ID.matcher(id).matches() && !KEYWORDS.contains(id.toLowerCase(Locale.ROOT)) ? id : string(id);
	}
}
