package org.govmodel.dsl.naming;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.govmodel.dsl.govModel.Variable;

/**
 * Puts each exported element's title (and a framework variable's
 * description) into the index, so that editors can show "1.1.1 — Lead
 * strategic body" or "agency — Agencia de Innovación" in completion lists
 * without loading every file that declares a candidate.
 */
public class TitledDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String TITLE = "title";
	public static final String DESCRIPTION = "description";

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		if (getQualifiedNameProvider() == null) {
			return false;
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(element);
		if (name != null) {
			acceptor.accept(EObjectDescription.create(name, element, userData(element)));
		}
		return true;
	}

	private static Map<String, String> userData(EObject element) {
		Map<String, String> data = new HashMap<>();
		EStructuralFeature title = element.eClass().getEStructuralFeature(TITLE);
		if (title != null && element.eGet(title) instanceof String text) {
			data.put(TITLE, text);
		}
		if (element instanceof Variable variable && variable.getDescription() != null) {
			data.put(DESCRIPTION, variable.getDescription());
		}
		return data;
	}
}
