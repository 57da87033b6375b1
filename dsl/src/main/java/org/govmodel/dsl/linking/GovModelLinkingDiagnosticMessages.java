package org.govmodel.dsl.linking;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.resource.GovModelResource;
import org.govmodel.dsl.resource.SuggestionBudget;
import org.govmodel.dsl.validation.Rules;

import com.google.inject.Inject;

/**
 * Messages for references that do not resolve, written for modellers: what
 * kind of thing was expected and how to make the name known.
 */
public class GovModelLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {

	private static final GovModelPackage PKG = GovModelPackage.eINSTANCE;

	@Inject
	private IScopeProvider scopes;

	/** The kinds of element a reference names, as the {@code kind} selector of the messages (see the diagnostics bundle). */
	private static final Map<EClass, String> KINDS = Map.ofEntries(
			Map.entry(PKG.getParty(), "party"),
			Map.entry(PKG.getBody(), "body"),
			Map.entry(PKG.getInstrument(), "instrument"),
			Map.entry(PKG.getSolution(), "solution"),
			Map.entry(PKG.getSolutionKind(), "kind"),
			Map.entry(PKG.getDeliverable(), "deliverable"),
			Map.entry(PKG.getPortfolio(), "portfolio"),
			Map.entry(PKG.getJurisdiction(), "jurisdiction"),
			Map.entry(PKG.getFramework(), "framework"),
			Map.entry(PKG.getFrameworkItem(), "item"),
			Map.entry(PKG.getVariable(), "variable"));

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String name = context.getLinkText();
		if (reference == PKG.getScore_Variable() || reference == PKG.getGoal_Item()) {
			return frameworkItemMessage(context, name);
		}
		String kind = KINDS.getOrDefault(reference.getEReferenceType(), reference.getEReferenceType().getName());
		Optional<String> suggestion = closestInScope(context, name);
		Messages messages = DiagnosticLanguage.messages(context.getContext());
		String message;
		if (reference == PKG.getSolution_Kind()) {
			// a kind is usually one of the library's: a typo, not a missing declaration
			String kinds = namesInScope(context).filter(n -> !n.contains(".")).sorted().collect(Collectors.joining(", "));
			message = suggestion.map(s -> messages.text("GOV-LINK-001.kind.suggestion", "name", name, "suggestion", s, "kinds", kinds))
					.orElseGet(() -> messages.text("GOV-LINK-001.kind", "name", name, "kinds", kinds));
		} else {
			message = suggestion.map(s -> messages.text("GOV-LINK-001.suggestion", "kind", kind, "name", name, "suggestion", s))
					.orElseGet(() -> messages.text("GOV-LINK-001", "kind", kind, "name", name));
		}
		return new DiagnosticMessage(message, Severity.ERROR, Rules.UNRESOLVED_REFERENCE, suggestion.map(s -> new String[] { s }).orElse(new String[0]));
	}

	/**
	 * The name in scope closest to the mistyped one, if one is close enough to be a typo and the file's
	 * {@link SuggestionBudget} still allows the search.
	 */
	private Optional<String> closestInScope(ILinkingDiagnosticContext context, String typed) {
		return budgetOf(context.getContext().eResource()).closest(typed, () -> namesInScope(context));
	}

	/**
	 * The file's budget. GovModel's own resources renew theirs each time they are linked; any other kind of
	 * resource gets one for its whole life, kept on it, so that its searches are bounded all the same.
	 */
	private static SuggestionBudget budgetOf(Resource resource) {
		if (resource instanceof GovModelResource govModel) {
			return govModel.suggestionBudget();
		}
		if (resource == null) {
			return new SuggestionBudget(0);
		}
		synchronized (resource) {
			for (Adapter adapter : resource.eAdapters()) {
				if (adapter instanceof BudgetOfResource kept) {
					return kept.budget;
				}
			}
			BudgetOfResource kept = new BudgetOfResource();
			resource.eAdapters().add(kept);
			return kept.budget;
		}
	}

	/** The budget kept on a resource that is not a {@link GovModelResource}. */
	private static final class BudgetOfResource extends AdapterImpl {
		final SuggestionBudget budget = SuggestionBudget.perFile();
	}

	/** The names by which the reference could be written here: a scope builds its index of every name on first use. */
	protected Stream<String> namesInScope(ILinkingDiagnosticContext context) {
		IScope scope = scopes.getScope(context.getContext(), context.getReference());
		return StreamSupport.stream(scope.getAllElements().spliterator(), false).map(d -> d.getName().toString());
	}

	private DiagnosticMessage frameworkItemMessage(ILinkingDiagnosticContext context, String code) {
		Assessment assessment = EcoreUtil2.getContainerOfType(context.getContext(), Assessment.class);
		if (assessment == null || assessment.getFramework() == null || assessment.getFramework().eIsProxy()) {
			// the framework itself is reported; one error is enough
			return null;
		}
		String framework = assessment.getFramework().getName();
		String message = DiagnosticLanguage.messages(context.getContext()).text("GOV-LINK-001.code", "framework", framework, "kind",
				context.getReference() == PKG.getScore_Variable() ? "variable" : "item", "code", code);
		return new DiagnosticMessage(message, Severity.ERROR, Rules.UNRESOLVED_REFERENCE);
	}
}
