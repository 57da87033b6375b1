package org.govmodel.dsl.parser;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Creates the parser's model elements with change notification off. The parser attaches each
 * element's node to it as an adapter before it sets the element's features, so every feature
 * set made a notification object that nobody reads: about a tenth of the parser's time on a
 * national model. {@code GovModelResource} turns notification back on for the whole tree as
 * soon as a parse (whole or partial) ends, before anything else sees the elements.
 */
public class SilentElementFactory extends DefaultEcoreElementFactory {

	@Override
	public EObject create(EClassifier classifier) {
		EObject element = super.create(classifier);
		if (element != null) {
			element.eSetDeliver(false);
		}
		return element;
	}
}
