package org.govmodel.dsl.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Elements the parser had to invent or could only half read while recovering
 * from a syntax error: their text holds the error, or they lack the name the
 * grammar requires. Governance rules do not judge them (the syntax error is
 * the one thing to fix), so a typo does not cascade into warnings about a
 * nameless body or a solution without an owner.
 */
public final class Damaged {

	private Damaged() {
	}

	public static boolean isDamaged(EObject element) {
		if (element == null || !(element.eResource() instanceof XtextResource resource) || resource.getParseResult() == null
				|| !resource.getParseResult().hasSyntaxErrors()) {
			return false; // the common case costs one look at the parse result
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null && !name.isMany() && element.eGet(name) == null && NodeModelUtils.findNodesForFeature(element, name).isEmpty()
				&& requiresName(element)) {
			return true;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return true;
		}
		for (INode leaf : node.getLeafNodes()) {
			if (leaf.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return node.getSyntaxErrorMessage() != null;
	}

	/** Authorities and boards may go unnamed (they are known by their role); everything else with a name feature needs one. */
	private static boolean requiresName(EObject element) {
		return !(element instanceof org.govmodel.dsl.govModel.Authority) && !(element instanceof org.govmodel.dsl.govModel.Board);
	}
}
