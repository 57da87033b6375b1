package org.govmodel.generators.diagrams;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.govmodel.generators.output.DisplayText;

/**
 * PlantUML: how model text and ids are written so that the text is shown and
 * never read as a directive ({@code !include}, {@code @startuml}), a
 * preprocessor function ({@code %getenv}), Creole markup ({@code **},
 * {@code [[link]]}, {@code <img:…>}, {@code <&icon>}) or a label's end.
 */
final class PlantUmlSyntax {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private PlantUmlSyntax() {
	}

	/**
	 * Text for a title, a quoted label or an edge label. Letters, digits,
	 * spaces and a few punctuation marks with no meaning to PlantUML stay as
	 * they are; every other character becomes a numeric character reference
	 * ({@code &#33;} for {@code !}), which PlantUML decodes only when it draws
	 * the text, after the preprocessor and the Creole parser have run. A line
	 * break becomes PlantUML's own {@code \n}, so no model text starts a line.
	 */
	static String text(String text) {
		StringBuilder out = new StringBuilder();
		DisplayText.of(text).codePoints().forEach(c -> {
			if (c == '\n') {
				out.append("\\n");
			} else if (c == ' ' || Character.isLetterOrDigit(c) || ".,;:()'?".indexOf(c) >= 0) {
				out.appendCodePoint(c);
			} else {
				out.append("&#").append(c).append(';');
			}
		});
		return out.toString();
	}

	/**
	 * An alias after {@code as}: a word as it is; anything else (the chart's
	 * ids are words by contract) as {@code id_} and its UTF-8 bytes in hex.
	 */
	static String id(String id) {
		return WORD.matcher(id).matches() ? id : "id_" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
	}
}
