package org.govmodel.dsl.ui.model;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.ide.server.Document;

/** The language services answer with LSP text edits against a snapshot's text; this applies them to an editor's document as one change. */
public final class TextEdits {

	private TextEdits() {
	}

	public static void apply(IDocument target, Document snapshot, List<? extends org.eclipse.lsp4j.TextEdit> edits) throws BadLocationException {
		if (edits.isEmpty()) {
			return;
		}
		MultiTextEdit all = new MultiTextEdit();
		for (org.eclipse.lsp4j.TextEdit edit : edits) {
			int start = snapshot.getOffSet(edit.getRange().getStart());
			int end = snapshot.getOffSet(edit.getRange().getEnd());
			all.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
		}
		try {
			all.apply(target);
		} catch (MalformedTreeException e) {
			throw new BadLocationException("Overlapping edits: " + e.getMessage());
		}
	}
}
