package org.govmodel.dsl.ui.editor;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Semantic colouring: the positions the language's highlighting calculator
 * found in the last parse of each open document (declared names, references by
 * what they name, enumeration values). The token scanner asks this when it
 * colours a token; the reconciler refreshes it.
 */
@Singleton
public class SemanticRegions {

	/** A highlighted position and its look. */
	public record Region(int offset, int length, TextAttribute style) {
		boolean covers(int at) {
			return at >= offset && at < offset + length;
		}
	}

	private final Map<IDocument, NavigableMap<Integer, Region>> byDocument = new WeakHashMap<>();

	@Inject
	private ISemanticHighlightingCalculator calculator;

	public NavigableMap<Integer, Region> compute(XtextResource resource, CancelIndicator cancel) {
		NavigableMap<Integer, Region> regions = new TreeMap<>();
		calculator.provideHighlightingFor(resource,
				(offset, length, ids) -> regions.put(offset, new Region(offset, length, SemanticStyles.of(ids))), cancel);
		return regions;
	}

	/** Stores a document's regions; whether they differ from what was stored. */
	public synchronized boolean update(IDocument document, NavigableMap<Integer, Region> regions) {
		NavigableMap<Integer, Region> previous = byDocument.put(document, regions);
		return !regions.equals(previous);
	}

	/** The semantic style at an offset, or {@code null}. */
	public synchronized TextAttribute styleAt(IDocument document, int offset) {
		NavigableMap<Integer, Region> regions = byDocument.get(document);
		if (regions == null) {
			return null;
		}
		Map.Entry<Integer, Region> entry = regions.floorEntry(offset);
		return entry != null && entry.getValue().covers(offset) ? entry.getValue().style() : null;
	}
}
