package org.govmodel.dsl.ide.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.govmodel.dsl.formatting2.ModelTextFormatter;
import org.govmodel.dsl.ide.formatting.TextDifference;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A fix's edits laid out by the project's formatter, as {@code govmodel format}
 * would lay them out: the edits are applied to the document's text, the result
 * is parsed, and the formatter lays out each stretch the edits touched, from
 * the end of the token before it to the start of the token after it (the rest
 * of the file stays as the modeller wrote it). The fix becomes the one edit from
 * the document to that text, with the document's line breaks. Edits whose
 * result does not parse are left as they are, for the diagnostics to explain.
 */
class CanonicalLayout {

	@Inject
	private ModelTextFormatter formatter;

	@Inject
	private IResourceFactory resources;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	List<TextEdit> layOut(Document document, XtextResource resource, List<TextEdit> edits) {
		String current = document.getContents();
		List<TextEdit> sorted = edits.stream().sorted(Comparator.comparingInt((TextEdit edit) -> document.getOffSet(edit.getRange().getStart()))).toList();
		StringBuilder edited = new StringBuilder(current);
		List<TextRegion> touched = new ArrayList<>();
		int shift = 0;
		for (TextEdit edit : sorted) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			edited.replace(start + shift, end + shift, edit.getNewText());
			touched.add(new TextRegion(start + shift, edit.getNewText().length()));
			shift += edit.getNewText().length() - (end - start);
		}
		String text = edited.toString();
		XtextResource parsed = parse(resource, text);
		if (parsed == null) {
			return edits;
		}
		List<ITextReplacement> replacements = new ArrayList<>();
		for (TextRegion region : merged(text, touched)) {
			replacements.addAll(formatter.replacements(parsed, region));
		}
		// the formatter breaks lines with \n; a CRLF file keeps CRLF (before comparing, so no half of a CRLF is matched)
		String newline = current.contains("\r\n") ? "\r\n" : "\n";
		StringBuilder laidOut = new StringBuilder(text);
		replacements.stream().sorted(Comparator.comparingInt(ITextReplacement::getOffset).reversed())
				.forEach(replacement -> laidOut.replace(replacement.getOffset(), replacement.getEndOffset(),
						replacement.getReplacementText().replace("\r\n", "\n").replace("\n", newline)));
		return TextDifference.between(current, laidOut.toString())
				.map(difference -> List.of(new TextEdit(new Range(document.getPosition(difference.offset()), document.getPosition(difference.offset() + difference.length())),
						difference.replacement())))
				.orElse(List.of());
	}

	/** The text parsed on its own, or null when it has syntax errors (the formatter needs a whole parse). */
	private XtextResource parse(XtextResource original, String text) {
		XtextResource parsed = (XtextResource) resources.createResource(original.getURI());
		resourceSets.get().getResources().add(parsed);
		try {
			parsed.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			return null;
		}
		return parsed.getParseResult() == null || parsed.getParseResult().hasSyntaxErrors() ? null : parsed;
	}

	/**
	 * Each touched stretch widened over the blank space around it (so the line breaks and
	 * indentation before and after the new text are the formatter's), overlapping ones joined.
	 */
	private static List<TextRegion> merged(String text, List<TextRegion> touched) {
		List<TextRegion> regions = new ArrayList<>();
		for (TextRegion region : touched) {
			int start = region.getOffset();
			int end = region.getOffset() + region.getLength();
			while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
				start--;
			}
			while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			if (!regions.isEmpty() && regions.get(regions.size() - 1).getOffset() + regions.get(regions.size() - 1).getLength() >= start) {
				TextRegion last = regions.remove(regions.size() - 1);
				start = last.getOffset();
			}
			regions.add(new TextRegion(start, end - start));
		}
		return regions;
	}
}
