package org.govmodel.dsl.ui.editor;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.govmodel.dsl.library.StandardLibrary;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Semantic colouring: where the last parse of each open document found a
 * reference that resolves, and whether it leads into the library. The token
 * scanner asks this when it colours a name; the reconciler refreshes it.
 */
@Singleton
public class SemanticRegions {

	/** A reference's extent and style. */
	public record Region(int offset, int length, TokenStyles style) {
		boolean covers(int at) {
			return at >= offset && at < offset + length;
		}
	}

	private final Map<IDocument, NavigableMap<Integer, Region>> byDocument = new WeakHashMap<>();

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private StandardLibrary library;

	/** The regions of every resolved reference in a parsed resource. */
	public NavigableMap<Integer, Region> compute(XtextResource resource) {
		NavigableMap<Integer, Region> regions = new TreeMap<>();
		if (resource.getParseResult() == null) {
			return regions;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference && node.getLength() > 0) {
				EObject target = offsets.resolveCrossReferencedElementAt(resource, node.getOffset());
				if (target != null && !target.eIsProxy() && target.eResource() != null) {
					boolean inLibrary = library.contains(target.eResource().getURI());
					regions.put(node.getOffset(), new Region(node.getOffset(), node.getLength(),
							inLibrary ? TokenStyles.LIBRARY_REFERENCE : TokenStyles.REFERENCE));
				}
			}
		}
		return regions;
	}

	/** Stores a document's regions; whether they differ from what was stored. */
	public synchronized boolean update(IDocument document, NavigableMap<Integer, Region> regions) {
		NavigableMap<Integer, Region> previous = byDocument.put(document, regions);
		return !regions.equals(previous);
	}

	/** The style of the reference at an offset, or {@code null}. */
	public synchronized TokenStyles styleAt(IDocument document, int offset) {
		NavigableMap<Integer, Region> regions = byDocument.get(document);
		if (regions == null) {
			return null;
		}
		Map.Entry<Integer, Region> entry = regions.floorEntry(offset);
		return entry != null && entry.getValue().covers(offset) ? entry.getValue().style() : null;
	}
}
