package org.govmodel.dsl.ui.format;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.TextEdits;

import com.google.inject.Inject;

/** Rewrites a document in the canonical layout, with the language's formatter (what `govmodel format` and the language server use). */
public class ModelFormatting {

	@Inject
	private ModelSnapshots snapshots;

	@Inject
	private FormattingService formatting;

	public void format(IDocument document) throws BadLocationException {
		Formatted formatted = snapshots.read(document, snapshot -> {
			DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(snapshot.resource().getURI().toString()),
					new FormattingOptions(4, true));
			return new Formatted(snapshot.document(), formatting.format(snapshot.document(), snapshot.resource(), params, CancelIndicator.NullImpl));
		});
		TextEdits.apply(document, formatted.text(), formatted.edits());
	}

	/** The formatter's edits and the text they are against. */
	private record Formatted(Document text, List<? extends TextEdit> edits) {
	}
}
