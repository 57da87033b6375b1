package org.govmodel.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.govmodel.dsl.formatting2.ModelTextFormatter;

import com.google.inject.Inject;

/**
 * Editors' formatting (the language server's, Eclipse's Ctrl+Shift+F) in the
 * project's canonical layout, byte for byte what {@code govmodel format}
 * writes: the layout belongs to the project, so the editor's tab size and
 * tabs-or-spaces setting do not change it, and CI's {@code format --check}
 * agrees with every editor.
 * <p>
 * A whole document becomes the text of {@link ModelTextFormatter}, sent as
 * the one edit that covers what differs; a range gets the same formatter's
 * replacements within it. A file with syntax errors is left as it is, as the
 * command line leaves it.
 */
public class CanonicalFormattingService extends FormattingService {

	@Inject
	private ModelTextFormatter canonical;

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params, CancelIndicator cancelIndicator) {
		if (document == null || hasSyntaxErrors(resource)) {
			return List.of();
		}
		return TextDifference.between(document.getContents(), canonical.format(resource))
				.map(difference -> List.of(toTextEdit(document, difference.replacement(), difference.offset(), difference.length())))
				.orElse(List.of());
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		if (document == null) {
			return List.of();
		}
		int start = document.getOffSet(params.getRange().getStart());
		int end = document.getOffSet(params.getRange().getEnd());
		return format(resource, document, start, end - start, params.getOptions());
	}

	/** The range's canonical layout; the editor's options are not the project's layout and are ignored. */
	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		if (hasSyntaxErrors(resource)) {
			return List.of();
		}
		List<ITextReplacement> replacements = canonical.replacements(resource, new TextRegion(offset, length));
		return replacements.stream().map(r -> toTextEdit(document, r.getReplacementText(), r.getOffset(), r.getLength())).toList();
	}

	/** Also true without a resource: a document neither open nor on disk has nothing to format. */
	private static boolean hasSyntaxErrors(XtextResource resource) {
		return resource == null || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
	}
}
