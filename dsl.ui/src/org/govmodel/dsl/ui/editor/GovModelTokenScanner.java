package org.govmodel.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Tokens for the presentation reconciler: the lexer's classes, overridden by
 * the language's semantic highlighting where it has a position. The whole text is
 * lexed once per document version (a comment may open far above the damaged
 * line) and each request takes its slice.
 */
public class GovModelTokenScanner implements ITokenScanner {

	private final LexicalTokens lexer;

	private final SemanticRegions semantic;

	private IDocument lexedDocument;

	private long lexedStamp = -1;

	private List<LexicalTokens.Styled> lexed = List.of();

	private IDocument document;

	private final List<LexicalTokens.Styled> slice = new ArrayList<>();

	private int next;

	private LexicalTokens.Styled current;

	public GovModelTokenScanner(LexicalTokens lexer, SemanticRegions semantic) {
		this.lexer = lexer;
		this.semantic = semantic;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		this.document = document;
		long stamp = document instanceof IDocumentExtension4 d ? d.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		if (document != lexedDocument || stamp != lexedStamp || stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			lexed = lexer.tokens(document.get());
			lexedDocument = document;
			lexedStamp = stamp;
		}
		slice.clear();
		int end = offset + length;
		int at = offset;
		for (LexicalTokens.Styled token : lexed) {
			int tokenEnd = token.offset() + token.length();
			if (tokenEnd <= offset || token.offset() >= end) {
				continue;
			}
			int start = Math.max(token.offset(), offset);
			if (start > at) {
				slice.add(new LexicalTokens.Styled(at, start - at, TokenStyles.DEFAULT));
			}
			int stop = Math.min(tokenEnd, end);
			slice.add(new LexicalTokens.Styled(start, stop - start, token.style()));
			at = stop;
		}
		if (at < end) {
			slice.add(new LexicalTokens.Styled(at, end - at, TokenStyles.DEFAULT));
		}
		next = 0;
	}

	@Override
	public IToken nextToken() {
		if (next >= slice.size()) {
			return Token.EOF;
		}
		current = slice.get(next++);
		TokenStyles style = current.style();
		if (style == TokenStyles.DEFAULT || style == TokenStyles.NUMBER || style == TokenStyles.KEYWORD) {
			// names, codes (numbers) and enumeration values (keywords to the lexer) take their semantic look
			TextAttribute semanticStyle = semantic.styleAt(document, current.offset());
			if (semanticStyle != null) {
				return new Token(semanticStyle);
			}
		}
		return new Token(style.attribute());
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}
}
