package org.govmodel.dsl.ui.editor;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.govmodel.dsl.ide.highlighting.HighlightingStyles;
import org.govmodel.dsl.ide.highlighting.TokenType;

/**
 * How the language's semantic highlighting (dsl.ide's calculator, the same
 * the language server sends as semantic tokens) looks in Eclipse: a colour per
 * kind of element named, bold where a name is declared, italics for framework
 * items and enumeration values.
 */
public final class SemanticStyles {

	private static final Color BODY = new Color(0, 110, 140);

	/** A colour per token type dsl.ide's {@link HighlightingStyles} gives (keyed by its constants, so the two cannot drift apart). */
	private static final Map<TokenType, Color> COLOURS = new EnumMap<>(Map.of(
			TokenType.INTERFACE, new Color(140, 70, 0), // legal instruments
			TokenType.TYPE, new Color(0, 120, 60), // solution kinds
			TokenType.STRUCT, new Color(0, 120, 60), // solutions
			TokenType.ENUM, new Color(0, 0, 192), // frameworks
			TokenType.ENUM_MEMBER, new Color(0, 0, 192), // framework items, enumeration values
			TokenType.FUNCTION, new Color(100, 70, 150), // projects
			TokenType.EVENT, new Color(100, 70, 150))); // levers, assessments

	private static final Map<String, TextAttribute> CACHE = new ConcurrentHashMap<>();

	private SemanticStyles() {
	}

	/** The look of a token of the type, declared or referred to. */
	public static TextAttribute of(TokenType type, boolean declaration) {
		return declaration ? of(type.lspName(), HighlightingStyles.DECLARATION) : of(type.lspName());
	}

	/** The look of a highlighted position: its token type first, then modifiers. */
	public static TextAttribute of(String... ids) {
		return CACHE.computeIfAbsent(String.join(" ", ids), key -> {
			TokenType type = ids.length == 0 ? null : TokenType.of(ids[0]).orElse(null);
			boolean declaration = Arrays.asList(ids).contains(HighlightingStyles.DECLARATION);
			int style = declaration ? SWT.BOLD : type == TokenType.ENUM_MEMBER ? SWT.ITALIC : SWT.NORMAL;
			return new TextAttribute(type == null ? BODY : COLOURS.getOrDefault(type, BODY), null, style);
		});
	}
}
