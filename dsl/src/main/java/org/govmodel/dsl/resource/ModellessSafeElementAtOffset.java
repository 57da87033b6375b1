package org.govmodel.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Finds the element at an offset, also in a file that parsed to no model. A file whose first word cannot start a
 * model (one letter typed into a new file, a stray bracket) has a node model but no root element; Xtext's
 * {@link #getElementWithNameAt} then reads the name of the missing element and fails, which made "go to definition"
 * in such a file an internal error of the language server. There is no element there: the answer is none.
 */
public class ModellessSafeElementAtOffset extends EObjectAtOffsetHelper {

	@Override
	public EObject getElementWithNameAt(XtextResource resource, int offset) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootASTElement() == null) {
			return null;
		}
		return super.getElementWithNameAt(resource, offset);
	}
}
