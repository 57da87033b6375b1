package org.govmodel.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;

/**
 * Positions a client sends, held to the document they name. A character past
 * the end of its line means the end of the line (the protocol's rule); a line
 * the document does not have means nothing to answer. Every service that turns
 * a client's position into an offset asks here first: Xtext's document refuses
 * any position outside it with an exception, which the client would get as an
 * internal error.
 */
public final class DocumentPositions {

	private DocumentPositions() {
	}

	/** The position within the document, or null when its line is not in the document. */
	public static Position clamp(Document document, Position position) {
		if (position == null || position.getLine() < 0 || position.getCharacter() < 0 || position.getLine() >= document.getLineCount()) {
			return null;
		}
		int length = document.getLineContent(position.getLine()).length();
		return new Position(position.getLine(), Math.min(position.getCharacter(), length));
	}

	/**
	 * The range within the document (its end held to the last line) and in order (one that ends before it starts
	 * covers the text between), or null when it starts after the document.
	 */
	public static Range clamp(Document document, Range range) {
		Range ordered = inOrder(range.getStart(), range.getEnd());
		Position start = clamp(document, ordered.getStart());
		if (start == null) {
			return null;
		}
		Position end = clamp(document, ordered.getEnd());
		return new Range(start, end == null ? endOf(document) : end);
	}

	/** The range between the two positions, the earlier first; as given when either is missing. */
	static Range inOrder(Position start, Position end) {
		boolean backwards = start != null && end != null
				&& (end.getLine() < start.getLine() || end.getLine() == start.getLine() && end.getCharacter() < start.getCharacter());
		return backwards ? new Range(end, start) : new Range(start, end);
	}

	/**
	 * The position within the document, never outside it: a line past the last (or none) means the end of the
	 * document, and a negative line or character the start of the line (for an edit, which must land somewhere).
	 */
	static Position within(Document document, Position position) {
		if (position == null || position.getLine() >= document.getLineCount()) {
			return endOf(document);
		}
		int line = Math.max(0, position.getLine());
		return new Position(line, Math.max(0, Math.min(position.getCharacter(), document.getLineContent(line).length())));
	}

	private static Position endOf(Document document) {
		int last = document.getLineCount() - 1;
		return new Position(last, document.getLineContent(last).length());
	}
}
