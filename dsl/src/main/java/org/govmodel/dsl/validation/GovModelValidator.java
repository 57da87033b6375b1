package org.govmodel.dsl.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Milestone;
import org.govmodel.dsl.govModel.Project;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.util.Damaged;
import org.govmodel.dsl.util.OwnClauses;
import org.govmodel.dsl.validation.rules.AssessmentRules;
import org.govmodel.dsl.validation.rules.AuthorityRules;
import org.govmodel.dsl.validation.rules.AutonomyRules;
import org.govmodel.dsl.validation.rules.ConsistencyRules;
import org.govmodel.dsl.validation.rules.InstrumentRules;
import org.govmodel.dsl.validation.rules.JurisdictionRules;
import org.govmodel.dsl.validation.rules.LeverRules;
import org.govmodel.dsl.validation.rules.LineRules;
import org.govmodel.dsl.validation.rules.NameRules;
import org.govmodel.dsl.validation.rules.ProjectRules;
import org.govmodel.dsl.validation.rules.SegregationRules;
import org.govmodel.dsl.validation.rules.SolutionRules;
import org.govmodel.dsl.validation.rules.TierRules;
import org.govmodel.dsl.validation.rules.TranslationRules;

import com.google.inject.Inject;

/**
 * Checks that belong to the language itself (well-formed literals, unique
 * names), composed with the governance rule families (see {@code RuleCatalog}).
 * Keep the composed list in step with {@code RuleCatalog.FAMILIES}: a test checks it.
 */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, JurisdictionRules.class, TierRules.class, LineRules.class, SegregationRules.class,
		AuthorityRules.class, AutonomyRules.class, SolutionRules.class, InstrumentRules.class, ProjectRules.class, LeverRules.class,
		AssessmentRules.class, ConsistencyRules.class, NameRules.class, TranslationRules.class })
public class GovModelValidator extends AbstractGovModelValidator {

	/** A check that fails in a file without errors is a defect, not a check that did not apply: see {@link CheckFailures}. */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		CheckFailures.rethrowIfADefect(failure, getCurrentObject());
		super.handleExceptionDuringValidation(failure);
	}

	/** No rule judges an element the parser invented or half read while recovering from a syntax error (see {@link Damaged}). */
	@Override
	protected boolean isResponsible(Map<Object, Object> context, EObject eObject) {
		return super.isResponsible(context, eObject) && !Damaged.isDamaged(eObject);
	}

	@Inject
	private OwnClauses ownClauses;

	/** Clauses that hold one value, by the keyword that opens them: in a block that admits clauses in any order, writing one twice would silently keep the last. */
	private static final Map<EStructuralFeature, String> SINGLE_CLAUSES = Map.of(GovModelPackage.Literals.BODY__CHAIR, "chair",
			GovModelPackage.Literals.BODY__REPORTS_TO, "reports to", GovModelPackage.Literals.BODY__UNDER, "under", GovModelPackage.Literals.BODY__AUTONOMY, "autonomy",
			GovModelPackage.Literals.PROJECT__OWNER, "owner", GovModelPackage.Literals.PROJECT__DELIVERS, "delivers", GovModelPackage.Literals.PROJECT__BUDGET, "budget",
			GovModelPackage.Literals.PROJECT__START, "from", GovModelPackage.Literals.PROJECT__STATUS, "status");

	@Check
	public void clausesWrittenOnce(Body body) {
		clausesWrittenOnce((EObject) body);
	}

	@Check
	public void clausesWrittenOnce(Project project) {
		clausesWrittenOnce((EObject) project);
	}

	private void clausesWrittenOnce(EObject element) {
		Map<String, List<INode>> clauses = ownClauses.of(element);
		SINGLE_CLAUSES.forEach((feature, keyword) -> {
			List<INode> nodes = clauses.getOrDefault(feature.getName(), List.of());
			if (feature.getEContainingClass().isInstance(element) && nodes.size() > 1) {
				INode second = nodes.get(1);
				getMessageAcceptor().acceptError(DiagnosticLanguage.messages(element).text("GOV-SYNTAX-001.twice", "keyword", keyword, "line",
						String.valueOf(nodes.get(0).getStartLine())),
						element, second.getOffset(), second.getLength(), Rules.SYNTAX);
			}
		});
	}

	@Check
	public void checkDate(Instrument instrument) {
		checkDate(instrument.getDate(), GovModelPackage.Literals.INSTRUMENT__DATE);
	}

	@Check
	public void checkDates(Project project) {
		checkDate(project.getStart(), GovModelPackage.Literals.PROJECT__START);
		checkDate(project.getEnd(), GovModelPackage.Literals.PROJECT__END);
	}

	@Check
	public void checkDate(Milestone milestone) {
		checkDate(milestone.getDate(), GovModelPackage.Literals.MILESTONE__DATE);
	}

	private void checkDate(String text, org.eclipse.emf.ecore.EAttribute attribute) {
		if (text != null && ModelDate.parse(text) == null) {
			addIssue(DiagnosticLanguage.messages(getCurrentObject()).text("GOV-DATE-001", "text", text),
					attribute.getEContainingClass() == null ? null : getCurrentObject(), attribute, Rules.INVALID_DATE, text);
		}
	}
}
