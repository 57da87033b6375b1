package org.govmodel.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;

/**
 * An editor's changes to an open document, held to the document they apply to, as
 * {@link DocumentPositions} holds a request's position: a character past the end of
 * its line means the end of the line (the protocol's rule), a line past the end of the
 * document its end, and a range that ends before it starts covers the text between.
 * Xtext applies a change whose range leaves the document by failing the whole
 * notification (a stack trace in the log), and the server then kept a text the editor
 * no longer showed.
 */
final class DocumentChanges {

	private DocumentChanges() {
	}

	/** The changes, each held to the document as the changes before it left it. */
	static List<TextDocumentContentChangeEvent> heldTo(Document document, List<TextDocumentContentChangeEvent> changes) {
		List<TextDocumentContentChangeEvent> held = new ArrayList<>(changes.size());
		Document current = document;
		for (TextDocumentContentChangeEvent change : changes) {
			TextDocumentContentChangeEvent heldChange = change.getRange() == null || change.getText() == null ? change
					: new TextDocumentContentChangeEvent(heldTo(current, change.getRange()), change.getText());
			held.add(heldChange);
			if (change.getText() != null) {
				current = current.applyTextDocumentChanges(List.of(heldChange));
			}
		}
		return held;
	}

	private static Range heldTo(Document document, Range range) {
		return DocumentPositions.inOrder(DocumentPositions.within(document, range.getStart()), DocumentPositions.within(document, range.getEnd()));
	}
}
