package org.govmodel.dsl.ide.contentassist;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnum;
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
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.i18n.Vocabulary;

import com.google.common.base.Predicate;

/**
 * Completion as a modeller expects it: the values of an enumeration (statuses,
 * sectors, ranks, …) marked as values and named by what they are and mean in the
 * modeller's language ("estado: operativa"), the language
 * codes after {@code in} and {@code language}, and inside an assessment only the
 * variables not scored yet.
 */
public class GovModelProposals extends IdeContentProposalProvider {

	/** The proposals' fixed words: {@code proposals.properties}, {@code _es}, {@code _pt}. */
	private static final String BUNDLE = "org.govmodel.dsl.ide.i18n.proposals";

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (!(rule instanceof EnumRule) || !filterKeyword(keyword, context)) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		String detail = valueDetail((EEnum) rule.getType().getClassifier(), keyword.getValue(), context);
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, proposal -> {
			proposal.setKind(ContentAssistEntry.KIND_VALUE);
			proposal.setDescription(detail);
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

	/**
	 * What a value is and means, in the language of the model's diagnostics: {@code operational} after
	 * {@code status} is "status: operational", "estado: operativa", "situação: operacional".
	 */
	private static String valueDetail(EEnum values, String literal, ContentAssistContext context) {
		Language language = DiagnosticLanguage.of(context.getResource());
		Vocabulary vocabulary = new Vocabulary(language);
		return Messages.load(BUNDLE, GovModelProposals.class, language).text("proposal.value", "kind", vocabulary.kind(values), "word",
				vocabulary.text(values.getEEnumLiteralByLiteral(literal).getInstance()));
	}
}
