package org.govmodel.dsl.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govmodel.dsl.validation.CheckFailures;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Vocabulary;
import org.govmodel.dsl.util.Parties;
import org.govmodel.dsl.util.Stated;
import org.govmodel.dsl.validation.AbstractGovModelValidator;

import com.google.inject.Inject;

/**
 * A family of governance rules: one validator class per concern, composed into
 * the language's validator. Rules report through {@link #report} so that every
 * diagnostic carries its rule id, the severity the user configured, and the
 * rule's fix data.
 */
public abstract class RuleFamily extends AbstractGovModelValidator {

	/** The most names {@link #loop} shows. */
	private static final int MAX_LOOP_NAMES = 10;

	@Inject
	private GovernanceViews views;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private LocalizedTitles titles;

	/** A check that fails in a file without errors is a defect, not a check that did not apply: see {@link CheckFailures}. */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		CheckFailures.rethrowIfADefect(failure, getCurrentObject());
		super.handleExceptionDuringValidation(failure);
	}

	/** The rules this family checks, in catalogue order. */
	public abstract List<Rule> rules();

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into GovModelValidator; not registered on its own
	}

	protected void report(Rule rule, String message, EObject object, EStructuralFeature feature) {
		addIssue(message, object, feature, rule.id());
	}

	/** A diagnostic with the rule's fix data, of the record type the rule declares ({@link Rule#fixData()}). */
	protected void report(Rule rule, String message, EObject object, EStructuralFeature feature, FixData data) {
		addIssue(message, object, feature, rule.id(), encode(rule, data));
	}

	protected void report(Rule rule, String message, EObject object, EStructuralFeature feature, int index) {
		addIssue(message, object, feature, index, rule.id());
	}

	private static String[] encode(Rule rule, FixData data) {
		if (rule.fixData() == null || !rule.fixData().isInstance(data)) {
			throw new IllegalArgumentException(rule.id() + " declares fix data " + rule.fixData() + ", not " + data);
		}
		return FixDataCodec.encode(data);
	}

	/**
	 * A diagnostic's text, in the language of the model's resource set (see {@link DiagnosticLanguage}):
	 * {@code message(body, "GOV-TIER-004", "body", describe(body))}. Keys are rule ids, with a
	 * suffix for each variant of a rule's message.
	 */
	protected static String message(EObject context, String key, Object... namesAndValues) {
		return DiagnosticLanguage.messages(context).text(key, namesAndValues);
	}

	/**
	 * A number as written in the model ({@code 2.5}), with the diagnostics' language's decimal mark ({@code 2,5}), for
	 * a number inside a list argument; a single number goes to the message as a number, and ICU formats it.
	 */
	protected static String number(EObject context, BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return DiagnosticLanguage.messages(context).decimal(value, Math.max(0, stripped.scale()));
	}

	/** An enum value as the reader's word in the diagnostics' language ("sector público"), for messages in es and pt. */
	protected static String word(EObject context, Enumerator value) {
		return new Vocabulary(DiagnosticLanguage.messages(context).language()).text(value);
	}

	/** An element's title (a framework variable's, a solution kind's) in the diagnostics' language. */
	protected String titleOf(EObject element) {
		return titles.title(element, DiagnosticLanguage.messages(element).language());
	}

	protected GovernanceView view(EObject context) {
		return views.viewOf(context);
	}

	/** Whether the jurisdiction is the one its files describe (model-wide rules report there, once). */
	protected boolean isSubject(Jurisdiction jurisdiction) {
		return view(jurisdiction).subject().filter(s -> s == jurisdiction).isPresent();
	}

	/** The body a party belongs to (see {@link Parties#bodyOf}). */
	protected static Body bodyOf(Party party) {
		return Parties.bodyOf(party);
	}

	/** An optional attribute's value, or null when the model does not state it (see {@link Stated}). */
	protected static <T> T stated(EObject object, EStructuralFeature feature) {
		return Stated.value(object, feature);
	}

	/** The name by which a model refers to an element. */
	protected String nameOf(EObject element) {
		QualifiedName name = element == null ? null : names.getFullyQualifiedName(element);
		return name == null ? "?" : name.toString();
	}

	/**
	 * A loop as "a -> b -> c -> a", a long one shortened in the middle (with the message {@code moreKey}, which takes
	 * {@code count} and {@code countText}) so that a message stays one readable line.
	 */
	protected String loop(EObject context, List<? extends EObject> members, String moreKey) {
		List<String> shown = new ArrayList<>();
		int first = members.size() > MAX_LOOP_NAMES ? MAX_LOOP_NAMES - 1 : members.size();
		for (int i = 0; i < first; i++) {
			shown.add(nameOf(members.get(i)));
		}
		if (first < members.size()) {
			int more = members.size() - first - 1;
			shown.add(message(context, moreKey, "count", more, "countText", String.valueOf(more)));
			shown.add(nameOf(members.get(members.size() - 1)));
		}
		shown.add(nameOf(members.get(0)));
		return String.join(" -> ", shown);
	}

	/** "'Title' (name)" for messages. */
	protected String describe(EObject element) {
		return "'" + nameOf(element) + "'";
	}
}
