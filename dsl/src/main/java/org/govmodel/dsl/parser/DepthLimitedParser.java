package org.govmodel.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.Lexer;
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
		String text = in.substring(0, in.size() - 1);
		if (countBraces(text) <= MAX_DEPTH) {
			return super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
		}
		StringBuilder kept = new StringBuilder(text);
		int first = blankTooDeepBlocks(kept);
		if (first < 0) {
			return super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
		}
		IParseResult result = super.doParse(ruleName, new ANTLRStringStream(kept.toString()), nodeModelBuilder, initialLookAhead);
		return new Result(result.getRootASTElement(), result.getRootNode(), new TooDeep(first));
	}

	private static int countBraces(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '{') {
				count++;
			}
		}
		return count;
	}

	/**
	 * Replaces the contents of every block deeper than the limit by spaces (line
	 * breaks kept), in one pass over the tokens, so braces in strings and comments
	 * do not count.
	 *
	 * @return the offset of the first brace that opens a block too deep, or -1
	 */
	private int blankTooDeepBlocks(StringBuilder text) {
		Lexer lexer = getLexerProvider().get();
		lexer.setCharStream(new ANTLRStringStream(text.toString()));
		int first = -1;
		int depth = 0;
		int blankFrom = -1;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String tokenText = token.getText();
			int offset = ((CommonToken) token).getStartIndex();
			if ("{".equals(tokenText)) {
				depth++;
				if (depth == MAX_DEPTH + 1) {
					blankFrom = offset + 1;
					first = first < 0 ? offset : first;
				}
			} else if ("}".equals(tokenText) && depth > 0) {
				if (depth == MAX_DEPTH + 1) {
					blank(text, blankFrom, offset);
					blankFrom = -1;
				}
				depth--;
			}
		}
		if (blankFrom >= 0) {
			blank(text, blankFrom, text.length());
		}
		return first;
	}

	private static void blank(StringBuilder text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != '\n' && c != '\r') {
				text.setCharAt(i, ' ');
			}
		}
	}
}
