package org.govmodel.dsl.ide.highlighting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The semantic-token types the language's highlighting uses, by their names in
 * LSP's vocabulary (what the language server sends). Editors that style tokens
 * themselves (the Eclipse plug-in) key their styles by these constants, never
 * by the names written again.
 */
public enum TokenType {
	NAMESPACE("namespace"), CLASS("class"), PROPERTY("property"), INTERFACE("interface"), TYPE("type"), STRUCT("struct"), ENUM("enum"),
	ENUM_MEMBER("enumMember"), FUNCTION("function"), METHOD("method"), DECORATOR("decorator"), EVENT("event"), VARIABLE("variable");

	private final String lspName;

	TokenType(String lspName) {
		this.lspName = lspName;
	}

	/** The type's name in LSP's semantic-token vocabulary. */
	public String lspName() {
		return lspName;
	}

	/** The type of a token id the highlighting gave, if it is one. */
	public static Optional<TokenType> of(String lspName) {
		return Arrays.stream(values()).filter(type -> type.lspName.equals(lspName)).findFirst();
	}
}
