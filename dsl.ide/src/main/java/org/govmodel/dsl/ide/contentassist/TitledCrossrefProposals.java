package org.govmodel.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.naming.TitledDescriptionStrategy;

/**
 * Reference proposals that say what they name: the element's title as the
 * detail ("1.1.1" — "Lead strategic body"), a framework variable's
 * description as the documentation. Titles come from the index, so no file is
 * loaded to show them.
 */
public class TitledCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			EObject element = candidate.getEObjectOrProxy();
			String title = candidate.getUserData(TitledDescriptionStrategy.TITLE);
			if (title == null && !element.eIsProxy()) {
				EStructuralFeature feature = element.eClass().getEStructuralFeature(TitledDescriptionStrategy.TITLE);
				title = feature == null ? null : (String) element.eGet(feature);
			}
			String description = candidate.getUserData(TitledDescriptionStrategy.DESCRIPTION);
			if (description == null && element instanceof Variable variable && !variable.eIsProxy()) {
				description = variable.getDescription();
			}
			entry.setDescription(title);
			entry.setDocumentation(description);
		}
		return entry;
	}
}
