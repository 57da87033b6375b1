package org.govmodel.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.naming.TitledDescriptionStrategy;

import com.google.inject.Inject;

/**
 * Reference proposals that say what they name: the element's title as the
 * detail ("1.1.1" — "Lead strategic body"), its description (a framework
 * variable's) as the documentation, each from its translation into the
 * language of the model's diagnostics when it has one ("Órgano estratégico
 * rector"). A candidate from another file is read from the index, so no file
 * is loaded to show it.
 */
public class TitledCrossrefProposals extends IdeCrossrefProposalProvider {

	@Inject
	private LocalizedTitles titles;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			Language language = DiagnosticLanguage.of(context.getResource());
			EObject element = candidate.getEObjectOrProxy();
			if (element.eIsProxy()) {
				// from the index: what TitledDescriptionStrategy put there
				entry.setDescription(userData(candidate, TitledDescriptionStrategy.TITLE, language));
				entry.setDocumentation(userData(candidate, TitledDescriptionStrategy.DESCRIPTION, language));
			} else {
				// an element at hand (a framework's items, scoped by code): read it
				String title = titles.title(element, language);
				entry.setDescription(title.isEmpty() ? null : title);
				entry.setDocumentation(titles.description(element, language).orElse(null));
			}
		}
		return entry;
	}

	/** A title or description in the index, in the language when it is translated, else as written. */
	private static String userData(IEObjectDescription candidate, String key, Language language) {
		String translated = candidate.getUserData(TitledDescriptionStrategy.translated(key, language.code()));
		return translated != null ? translated : candidate.getUserData(key);
	}
}
