package org.govmodel.dsl.linking;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.govmodel.dsl.util.Suggestions;
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

	private static final Map<EClass, String> KINDS = Map.ofEntries(
			Map.entry(PKG.getParty(), "body, unit or authority"),
			Map.entry(PKG.getBody(), "institution, organization or group"),
			Map.entry(PKG.getInstrument(), "legal instrument"),
			Map.entry(PKG.getSolution(), "solution"),
			Map.entry(PKG.getSolutionKind(), "solution kind"),
			Map.entry(PKG.getDeliverable(), "solution or solution kind"),
			Map.entry(PKG.getPortfolio(), "portfolio"),
			Map.entry(PKG.getJurisdiction(), "jurisdiction"),
			Map.entry(PKG.getFramework(), "framework"),
			Map.entry(PKG.getFrameworkItem(), "framework area, component or variable"),
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
		String message;
		if (reference == PKG.getSolution_Kind()) {
			// a kind is usually one of the library's: a typo, not a missing declaration
			message = "Unknown solution kind '" + name + "'" + suggestion.map(s -> ": did you mean '" + s + "'?").orElse(".") + " The kinds in scope are "
					+ namesInScope(context).filter(n -> !n.contains(".")).sorted().collect(Collectors.joining(", "))
					+ "; a kind of your own is declared with `solution-kind`.";
		} else {
			message = "Unknown " + kind + " '" + name + "'" + suggestion.map(s -> ": did you mean '" + s + "'? If not, declare it" + " or import the file or namespace that declares it.")
					.orElse(": declare it, import the file or namespace that declares it, or check the spelling.");
		}
		return new DiagnosticMessage(message, Severity.ERROR, Rules.UNRESOLVED_REFERENCE, suggestion.map(s -> new String[] { s }).orElse(new String[0]));
	}

	/** The name in scope closest to the mistyped one, if one is close enough to be a typo. */
	private Optional<String> closestInScope(ILinkingDiagnosticContext context, String typed) {
		return Suggestions.closest(typed, namesInScope(context));
	}

	/** The names by which the reference could be written here. */
	private Stream<String> namesInScope(ILinkingDiagnosticContext context) {
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
		String message = "Framework '" + framework + "' has no " + (context.getReference() == PKG.getScore_Variable() ? "variable" : "area, component or variable")
				+ " with code " + code + ": use one of the framework's codes.";
		return new DiagnosticMessage(message, Severity.ERROR, Rules.UNRESOLVED_REFERENCE);
	}
}
