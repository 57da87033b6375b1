package org.govmodel.generators.readers;

import java.util.ArrayList;
import java.util.List;

/**
 * One corpus of model text written to steer or break an export: line breaks
 * that end a label and start a directive, quotes and backslashes, PlantUML
 * directives, links and images, Mermaid comments, directives, Markdown strings
 * and front-matter keys, DOT syntax, spreadsheet formulas, HTML and Markdown
 * that would run a script or link out of a page ({@link #INJECTED}), bidi
 * embeddings, overrides, isolates and marks, the line and paragraph
 * separators U+2028 and U+2029 (line breaks to YAML, JavaScript before ES2019
 * and terminals, not to JSON), emoji outside the BMP and very long text. Every export test
 * feeds all of it to every format.
 */
public final class HostileText {

	/** The global a page's script would set if model text ever ran in a browser: no page may have it. */
	public static final String INJECTED = "__govmodelInjected";

	private HostileText() {
	}

	/**
	 * Text a model may hold (what the language accepts in a string).
	 *
	 * @param secret a local file that must never be read into an export
	 */
	public static List<String> corpus(String secret) {
		List<String> corpus = new ArrayList<>(List.of(
				"Line one\n!include " + secret + "\nline three",
				"Ends\r\n@enduml\n@startuml\ntitle pwned",
				"Say \"hi\" and \\\"quoted\\\"",
				"back\\slash \\n \\N \\l \\G \\\\",
				"[[javascript:alert(1) click me]]",
				"<img:http://127.0.0.1:9/leak.png> and <&heart> <$sprite> <color:red>red</color>",
				"%getenv(\"HOME\") %date() !$x = 1",
				"{{\nrectangle injected\n}}",
				"**bold** //italic// \"\"mono\"\" --strike-- __under__ ~~wave~~ ~escaped",
				"%%{init: {\"theme\": \"forest\"}}%%",
				"%% a comment",
				"`markdown` string",
				"title: x\nconfig:\n  theme: dark\ntheme: forest",
				"---\nkey: value\n---",
				"\"] ; click n_x call alert() ; n_y[\"",
				"end",
				"a -> b; } digraph { x -> y",
				"=cmd|' /C calc'!A0",
				"+1+2",
				"-2+3",
				"@SUM(A1:A2)",
				"\tTabbed start",
				"\r=1+1",
				"<script>alert(1)</script> &amp; &lt; &#33; #35; #quot;",
				"<script>window." + INJECTED + " = 'script'</script><img src=x onerror=\"window." + INJECTED + " = 'img'\">",
				"<svg onload=\"window." + INJECTED + " = 'svg'\"></svg><a href=\"javascript:window." + INJECTED + " = 'a'\">a</a>",
				"[click](javascript:window." + INJECTED + "='md') ![i](http://127.0.0.1:9/leak.png) <https://example.org/x> www.example.org",
				"\u202Eevil\u202C bidi \u2066isolate\u2069",
				"\u202Aembed\u202C \u202Bright\u202C \u202Doverride\u202C \u2067rtl\u2069 \u2068first\u2069 \u200Fmark\u200E \u061Carabic",
				"Line\u2028separated: forged\u2028@enduml\u2028title: pwned\u2029Paragraph\u2029---\u2029end",
				"\"}}\u2028</script><script>window." + INJECTED + " = 'ls'</script>",
				"Gobierno 🏛 digital 😀 ⚖️",
				"Ministerio de Coordinación: señor ñandú, İstanbul, straße",
				"long ".repeat(800).strip()));
		return corpus;
	}

	/** Text that only an escape in a model string can produce: control characters, and an unpaired surrogate. */
	public static List<String> unprintable() {
		return List.of("bell\u0007 escape\u001b[31mred\u001b[0m nul\u0000 del\u007f c1\u0085", "half \uD800 a pair", "\uDC00 low first",
				"form\u000Cfeed \uFFFE\uFFFF");
	}

	/** The text as a GovModel string literal: quotes, backslashes and everything outside printable ASCII escaped. */
	public static String literal(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
