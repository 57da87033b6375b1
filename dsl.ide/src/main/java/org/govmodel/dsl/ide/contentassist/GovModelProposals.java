package org.govmodel.dsl.ide.contentassist;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.i18n.Language;

import com.google.common.base.Predicate;

/**
 * Completion as a modeller expects it: the values of an enumeration (statuses,
 * sectors, ranks, …) marked as values and named by what they are, the language
 * codes after {@code in} and {@code language}, and inside an assessment only the
 * variables not scored yet.
 */
public class GovModelProposals extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (!(rule instanceof EnumRule) || !filterKeyword(keyword, context)) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, proposal -> {
			proposal.setKind(ContentAssistEntry.KIND_VALUE);
			proposal.setDescription(words(rule.getName()));
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
		}
	}

	/** A translation's or a jurisdiction's language: the codes GovModel writes, named by their language. */
	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!LANGUAGE_FEATURE.equals(assignment.getFeature())) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		for (Language language : Language.values()) {
			ContentAssistEntry entry = getProposalCreator().createProposal(language.code(), context, proposal -> {
				proposal.setKind(ContentAssistEntry.KIND_VALUE);
				proposal.setDescription(language.locale().getDisplayLanguage(language.locale()));
			});
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	private static final String LANGUAGE_FEATURE = GovModelPackage.Literals.TRANSLATION__LANGUAGE.getName();

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> filter = super.getCrossrefFilter(reference, context);
		Assessment assessment = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Assessment.class);
		if (assessment == null || GrammarUtil.containingAssignment(reference) == null
				|| !GovModelPackage.Literals.SCORE__VARIABLE.getName().equals(GrammarUtil.containingAssignment(reference).getFeature())) {
			return filter;
		}
		Score current = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Score.class);
		Set<URI> scored = assessment.getScores().stream().filter(score -> score != current && score.getVariable() != null && !score.getVariable().eIsProxy())
				.map(score -> EcoreUtil.getURI(score.getVariable())).collect(Collectors.toSet());
		return candidate -> filter.apply(candidate) && !scored.contains(candidate.getEObjectURI());
	}

	/** "InstitutionType" → "institution type". */
	private static String words(String ruleName) {
		return ruleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}
}
