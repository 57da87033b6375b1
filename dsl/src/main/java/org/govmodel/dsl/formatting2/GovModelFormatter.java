package org.govmodel.dsl.formatting2;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;
import org.govmodel.dsl.govModel.Model;

import com.google.inject.Inject;

/**
 * The canonical layout of a model, chosen so that reviewers read small diffs:
 * <ul>
 * <li>every element, and every clause of a braced block, on a line of its own,
 * indented one level per block; at most one blank line is kept;</li>
 * <li>one space between the words of a line, none before a comma;</li>
 * <li>each translation ({@code in es "…" "…"}) on a line of its own, one level deeper than the
 * heading it follows, or as a clause of the element's block;</li>
 * <li>comments stay where they are; the file ends with one newline.</li>
 * </ul>
 * The rules are stated on the grammar's shape (blocks, clauses, lists), not
 * per element, so new constructs are laid out like the existing ones.
 */
public class GovModelFormatter extends AbstractFormatter2 {

	@Inject
	private BlockClauses blockClauses;

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof Model model) {
			formatModel(model, document);
		}
	}

	private void formatModel(Model model, IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForEObject(model);
		if (root == null) {
			return;
		}
		formatTokens(root, doc);
		formatElement(model, doc);
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			startOnNewLine(element, doc);
			formatElement(element, doc);
			indentTranslations(element, doc);
		}
		ISemanticRegion last = root.getPreviousHiddenRegion() == null ? null : lastToken(root);
		if (last != null) {
			doc.append(last, f -> f.setNewLines(1));
		}
	}

	private static ISemanticRegion lastToken(IEObjectRegion root) {
		ISemanticRegion last = null;
		for (ISemanticRegion token : root.getAllSemanticRegions()) {
			last = token;
		}
		return last;
	}

	/** One space between tokens by default, a new line before each clause of a block, no space before commas. */
	private void formatTokens(IEObjectRegion root, IFormattableDocument doc) {
		boolean first = true;
		for (ISemanticRegion token : root.getAllSemanticRegions()) {
			if (!first && !token.getPreviousHiddenRegion().containsComment()) {
				doc.prepend(token, f -> {
					f.oneSpace();
					f.lowPriority();
				});
			}
			first = false;
			if (token.getGrammarElement() instanceof Keyword keyword) {
				if (",".equals(keyword.getValue())) {
					doc.prepend(token, f -> f.noSpace());
				} else if (blockClauses.startsClause(keyword)) {
					lineBreak(token.getPreviousHiddenRegion(), doc);
				}
			}
		}
	}

	private void startOnNewLine(EObject element, IFormattableDocument doc) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		IHiddenRegion before = region.getPreviousHiddenRegion();
		if (before != null && before.getPreviousSemanticRegion() != null) {
			lineBreak(before, doc);
		}
	}

	/**
	 * Translations after a heading are its continuation lines, indented one level; translations
	 * that open a block are already its clauses.
	 */
	private void indentTranslations(EObject element, IFormattableDocument doc) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("translations");
		if (feature == null || !(element.eGet(feature) instanceof List<?> translations) || translations.isEmpty()) {
			return;
		}
		IEObjectRegion first = getTextRegionAccess().regionForEObject((EObject) translations.get(0));
		IEObjectRegion last = getTextRegionAccess().regionForEObject((EObject) translations.get(translations.size() - 1));
		if (first == null || last == null || first.getPreviousSemanticRegion() == null || last.getNextHiddenRegion() == null) {
			return;
		}
		ISemanticRegion before = first.getPreviousSemanticRegion();
		if (before.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
			return;
		}
		doc.set(first.getPreviousHiddenRegion(), last.getNextHiddenRegion(), f -> f.indent());
	}

	/** A line break keeping at most one blank line. */
	private void lineBreak(IHiddenRegion region, IFormattableDocument doc) {
		doc.set(region, f -> f.setNewLines(1, 1, 2));
	}


	/** Braced blocks: contents indented, the braces closing their lines. */
	private void formatElement(EObject element, IFormattableDocument doc) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : textRegionExtensions.regionFor(element).keywordPairs("{", "}")) {
			ISemanticRegion open = braces.getKey();
			ISemanticRegion close = braces.getValue();
			doc.append(open, f -> {
				f.setNewLines(1);
				f.highPriority();
			});
			doc.prepend(close, f -> {
				f.setNewLines(1);
				f.highPriority();
			});
			doc.interior(open, close, f -> f.indent());
		}
	}
}
