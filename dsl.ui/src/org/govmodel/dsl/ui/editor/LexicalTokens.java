package org.govmodel.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/** Splits text into styled tokens with the language's own ANTLR lexer (the parser's), so colours never disagree with the grammar. */
public class LexicalTokens {

	/** A token's place and style. */
	public record Styled(int offset, int length, TokenStyles style) {
	}

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	@Inject
	private ITokenDefProvider tokenDefs;

	public List<Styled> tokens(String text) {
		Map<Integer, String> names = tokenDefs.getTokenDefMap();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Styled> result = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int length = common.getStopIndex() - common.getStartIndex() + 1;
			if (length > 0) {
				result.add(new Styled(common.getStartIndex(), length, styleOf(names.get(token.getType()), token.getText())));
			}
		}
		return result;
	}

	private static TokenStyles styleOf(String name, String text) {
		if (name == null) {
			return TokenStyles.DEFAULT;
		}
		if (name.startsWith("'")) {
			return Character.isLetter(name.charAt(1)) ? TokenStyles.KEYWORD : TokenStyles.DEFAULT;
		}
		return switch (name) {
			case "RULE_STRING" -> TokenStyles.STRING;
			case "RULE_ML_COMMENT" -> text.startsWith("/**") ? TokenStyles.DOC_COMMENT : TokenStyles.COMMENT;
			case "RULE_SL_COMMENT" -> TokenStyles.COMMENT;
			case "RULE_INT" -> TokenStyles.NUMBER;
			default -> TokenStyles.DEFAULT;
		};
	}
}
