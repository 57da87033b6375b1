package org.govmodel.dsl.ui.editor;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.govmodel.dsl.ide.highlighting.HighlightingStyles;

/**
 * How the language's semantic highlighting (dsl.ide's calculator, the same
 * the language server sends as semantic tokens) looks in Eclipse: a colour per
 * kind of element named, bold where a name is declared, italics for framework
 * items and enumeration values.
 */
public final class SemanticStyles {

	private static final Color BODY = new Color(0, 110, 140);

	private static final Map<String, Color> COLOURS = Map.of(
			"interface", new Color(140, 70, 0), // legal instruments
			"type", new Color(0, 120, 60), // solution kinds
			"struct", new Color(0, 120, 60), // solutions
			"enum", new Color(0, 0, 192), // frameworks
			HighlightingStyles.VALUE, new Color(0, 0, 192), // framework items, enumeration values
			"function", new Color(100, 70, 150), // projects
			"event", new Color(100, 70, 150)); // levers, assessments

	private static final Map<String, TextAttribute> CACHE = new ConcurrentHashMap<>();

	private SemanticStyles() {
	}

	/** The look of a highlighted position: its token type first, then modifiers. */
	public static TextAttribute of(String... ids) {
		return CACHE.computeIfAbsent(String.join(" ", ids), key -> {
			String type = ids.length == 0 ? "" : ids[0];
			boolean declaration = Arrays.asList(ids).contains(HighlightingStyles.DECLARATION);
			int style = declaration ? SWT.BOLD : HighlightingStyles.VALUE.equals(type) ? SWT.ITALIC : SWT.NORMAL;
			return new TextAttribute(COLOURS.getOrDefault(type, BODY), null, style);
		});
	}
}
