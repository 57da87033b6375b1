package org.govmodel.dsl.parser;

import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.IUnorderedGroupHelper;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.parser.antlr.GovModelParser;

/**
 * The GovModel parser with a limit on how deeply blocks ({@code { ... }}) may
 * nest. The parser, the linker, the formatter and the generators walk nested
 * units recursively; a few thousand levels would overflow their stacks. A
 * block deeper than {@link #MAX_DEPTH} is reported at its opening brace, and
 * its contents are left out of the parse (blanked, so every line and column
 * stays where it is in the file). A model with that error is neither
 * formatted nor generated.
 */
public class DepthLimitedParser extends GovModelParser {

	/** The deepest nesting of blocks accepted: far more than any organisation chart, far less than a stack holds. */
	public static final int MAX_DEPTH = 100;

	/** Where the first block nested too deeply opens. */
	public record TooDeep(int offset) {
		/** What is wrong, in the language of the diagnostics' messages. */
		public String message(Messages messages) {
			return messages.text("GOV-SYNTAX-001.too-deep", "depth", String.valueOf(MAX_DEPTH));
		}
	}

	/** A parse result that remembers the block that was too deep, for the resource to report it. */
	public static class Result extends ParseResult {
		private final TooDeep tooDeep;

		Result(EObject root, ICompositeNode rootNode, TooDeep tooDeep) {
			super(root, rootNode, true);
			this.tooDeep = tooDeep;
		}

		public TooDeep tooDeep() {
			return tooDeep;
		}
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
		DepthLimitingTokens tokens = new DepthLimitingTokens(createLexer(in), in);
		IParseResult result = parse(ruleName, tokens, nodeModelBuilder, initialLookAhead);
		if (tokens.firstTooDeep() < 0) {
			return result;
		}
		return new Result(result.getRootASTElement(), result.getRootNode(), new TooDeep(tokens.firstTooDeep()));
	}

	/**
	 * What {@code AbstractAntlrParser.doParse} does, with the token source given:
	 * Xtext creates the lexer inside that method, where the depth could not be
	 * read back after the parse.
	 */
	private IParseResult parse(String ruleName, DepthLimitingTokens source, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
		XtextTokenStream tokenStream = new XtextTokenStream(source, getTokenDefProvider()) {
			@Override
			public String getLexerErrorMessage(Token invalidToken) {
				// Xtext asks the lexer only when it is the stream's own token source
				return source.lexer instanceof Lexer lexer ? lexer.getErrorMessage(invalidToken) : super.getLexerErrorMessage(invalidToken);
			}

			@Override
			public String toString(int start, int stop) {
				if (start >= 0 && stop >= 0 && p == -1) {
					fillBuffer();
				}
				if (start < 0 || stop < 0 || source.firstTooDeep() >= 0 || start >= tokens.size()) {
					return super.toString(start, stop);
				}
				// the text in one piece, as Xtext takes it when the lexer is the stream's own token source:
				// joining the tokens' texts would cost a string per token (the whole file, for the root node)
				CommonToken first = (CommonToken) tokens.get(start);
				CommonToken last = (CommonToken) tokens.get(Math.min(stop, tokens.size() - 1));
				return source.text.substring(first.getStartIndex(), last.getStopIndex());
			}
		};
		tokenStream.initCurrentLookAhead(initialLookAhead);
		setInitialHiddenTokens(tokenStream);
		AbstractInternalAntlrParser parser = createParser(tokenStream);
		parser.setTokenTypeMap(getTokenDefProvider().getTokenDefMap());
		parser.setSyntaxErrorProvider(getSyntaxErrorProvider());
		parser.setNodeModelBuilder(nodeModelBuilder);
		parser.setSemanticModelBuilder(getElementFactory());
		IUnorderedGroupHelper helper = getUnorderedGroupHelper().get();
		parser.setUnorderedGroupHelper(helper);
		helper.initializeWith(parser);
		try {
			return ruleName != null ? parser.parse(ruleName) : parser.parse();
		} catch (Exception e) {
			throw new ParseException(e.getMessage(), e);
		}
	}

	/**
	 * The lexer's tokens as the parser reads them, with the contents of every
	 * block deeper than the limit turned into white space of the same length
	 * (line breaks kept, so every line and column stays where it is in the
	 * file). Braces in strings and comments are tokens of their own, so they do
	 * not count. The check costs nothing beyond the one lexing pass the parse
	 * needs anyway.
	 */
	private final class DepthLimitingTokens implements TokenSource {
		private final TokenSource lexer;
		private final CharStream text;
		private final TokenTypes types = tokenTypes();
		private int depth;
		private int firstTooDeep = -1;

		DepthLimitingTokens(TokenSource lexer, CharStream text) {
			this.lexer = lexer;
			this.text = text;
		}

		@Override
		public Token nextToken() {
			Token token = lexer.nextToken();
			int type = token.getType();
			if (type == types.open()) {
				depth++;
				if (depth == MAX_DEPTH + 1) {
					firstTooDeep = firstTooDeep < 0 ? ((CommonToken) token).getStartIndex() : firstTooDeep;
					return token; // the braces of the first block too deep stay, its contents go
				}
			} else if (type == types.close() && depth > 0) {
				depth--;
				if (depth == MAX_DEPTH) {
					return token;
				}
			}
			if (depth > MAX_DEPTH && type != Token.EOF) {
				token.setText(blank(token.getText()));
				token.setType(types.whiteSpace());
			}
			return token;
		}

		@Override
		public String getSourceName() {
			return lexer.getSourceName();
		}

		int firstTooDeep() {
			return firstTooDeep;
		}
	}

	/** The token types the depth check needs, read from the grammar's token definitions once. */
	private record TokenTypes(int open, int close, int whiteSpace) {
	}

	private volatile TokenTypes tokenTypes;

	private TokenTypes tokenTypes() {
		TokenTypes types = tokenTypes;
		if (types == null) {
			Map<String, Integer> byName = new HashMap<>();
			getTokenDefProvider().getTokenDefMap().forEach((type, name) -> byName.put(name, type));
			types = new TokenTypes(byName.get("'{'"), byName.get("'}'"), byName.get("RULE_WS"));
			tokenTypes = types;
		}
		return types;
	}

	private static String blank(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] != '\n' && chars[i] != '\r') {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}
}
