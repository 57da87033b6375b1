package org.govmodel.dsl.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.util.Stated;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * An element's attributes as a reader names them, read from the metamodel: one
 * entry per EMF feature the model states (its name excepted), so a feature
 * added to the grammar is compared without touching this class. Values are
 * rendered independently of layout: enums by their keyword, decimals without
 * trailing zeros, references by the target's qualified name, lists sorted.
 * Contained elements that have names of their own (units, authorities,
 * milestones, ...) are compared as elements, not here; unnamed parts
 * (autonomy, interoperability layers, the scale) are flattened into their
 * owner's attributes.
 */
@Singleton
public class ElementFacts {

	/** Features compared elsewhere: an assessment's scores and targets ({@link ScoreComparison}). */
	private static final Set<EStructuralFeature> ELSEWHERE = Set.of(GovModelPackage.Literals.ASSESSMENT__SCORES,
			GovModelPackage.Literals.ASSESSMENT__TARGETS);

	/** Where the feature's name would not read well as words. */
	private static final Map<EStructuralFeature, String> LABELS = Map.ofEntries(
			Map.entry(GovModelPackage.Literals.BODY__HOST, "within"),
			Map.entry(GovModelPackage.Literals.BODY__UNDER, "under"),
			Map.entry(GovModelPackage.Literals.BODY__TIERS, "tier"),
			Map.entry(GovModelPackage.Literals.UNIT__TIERS, "serves tiers"),
			Map.entry(GovModelPackage.Literals.SOLUTION__SINCE, "status since"),
			Map.entry(GovModelPackage.Literals.SOLUTION__REQUIRES, "prerequisites"),
			Map.entry(GovModelPackage.Literals.SOLUTION_KIND__REQUIRES, "prerequisites"),
			Map.entry(GovModelPackage.Literals.SOLUTION__LAYERS, "interoperability layers"),
			Map.entry(GovModelPackage.Literals.PROJECT__START, "start"),
			Map.entry(GovModelPackage.Literals.PROJECT__END, "end"),
			Map.entry(GovModelPackage.Literals.INSTRUMENT__AMENDS, "amends"),
			Map.entry(GovModelPackage.Literals.INSTRUMENT__REPEALED, "repealed"),
			Map.entry(GovModelPackage.Literals.AUTONOMY__INDEPENDENCE, "operational independence"),
			Map.entry(GovModelPackage.Literals.AUTONOMY__PROTECTED, "budget protected"),
			Map.entry(GovModelPackage.Literals.MILESTONE__DONE, "done"),
			Map.entry(GovModelPackage.Literals.BODY__FORM, "form"));

	/** The lines that make up the governance structure: who reports to, sits under or answers to whom. */
	public static final Set<EStructuralFeature> LINES = Set.of(GovModelPackage.Literals.BODY__REPORTS_TO,
			GovModelPackage.Literals.BODY__UNDER, GovModelPackage.Literals.BODY__HOST, GovModelPackage.Literals.AUTHORITY__ANSWERS_TO);

	@Inject
	private IQualifiedNameProvider names;

	/** A fact: the feature it comes from (the innermost one), its label and its value as text. */
	public record Fact(EStructuralFeature feature, String label, String value) {
	}

	/**
	 * The element's stated attributes, label → fact, in metamodel order.
	 *
	 * @param nameOf how a referenced element is named (lets the old side speak in the new side's names after a rename)
	 */
	public Map<String, Fact> of(EObject element, Function<EObject, String> nameOf) {
		Map<String, Fact> facts = new LinkedHashMap<>();
		collect(element, "", nameOf, facts);
		return facts;
	}

	/** The element's qualified name, or null for unnamed parts. */
	public String nameOf(EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}

	private void collect(EObject element, String prefix, Function<EObject, String> nameOf, Map<String, Fact> facts) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.getName().equals("name") || ELSEWHERE.contains(feature) || feature.isDerived() || feature.isTransient()
					|| !Stated.isStated(element, feature)) {
				continue;
			}
			String label = prefix + label(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				containment(element, reference, label, nameOf, facts);
			} else {
				String value = render(element, feature, nameOf);
				if (value != null && !value.isEmpty()) {
					facts.put(label, new Fact(feature, label, value));
				}
			}
		}
	}

	private void containment(EObject element, EReference reference, String label, Function<EObject, String> nameOf, Map<String, Fact> facts) {
		List<EObject> parts = values(element, reference);
		List<String> texts = new ArrayList<>();
		for (EObject part : parts) {
			if (nameOf(part) != null) {
				continue; // a named part is an element of its own
			}
			if (!reference.isMany()) {
				collect(part, label + " ", nameOf, facts);
				if (part.eClass().getEAllStructuralFeatures().stream().noneMatch(f -> Stated.isStated(part, f))) {
					facts.put(label, new Fact(reference, label, "stated"));
				}
			} else {
				texts.add(tokens(part));
			}
		}
		if (!texts.isEmpty()) {
			texts.sort(null);
			facts.put(label, new Fact(reference, label, String.join(", ", texts)));
		}
	}

	private String render(EObject element, EStructuralFeature feature, Function<EObject, String> nameOf) {
		Collection<?> values = feature.isMany() ? (Collection<?>) element.eGet(feature) : java.util.Collections.singletonList(element.eGet(feature));
		Set<String> texts = feature.isOrdered() && feature instanceof EAttribute && !(feature.getEType() instanceof org.eclipse.emf.ecore.EEnum)
				? new java.util.LinkedHashSet<>() : new TreeSet<>();
		int index = 0;
		for (Object value : values) {
			String text = value(element, feature, value, index++, nameOf);
			if (text != null) {
				texts.add(text);
			}
		}
		return String.join(", ", texts);
	}

	private String value(EObject element, EStructuralFeature feature, Object value, int index, Function<EObject, String> nameOf) {
		if (value == null) {
			return null;
		}
		if (value instanceof EObject target) {
			if (target.eIsProxy()) {
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
				return index < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(index)) : null;
			}
			String name = nameOf.apply(target);
			return name != null ? name : tokens(target);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof EEnumLiteral literal) {
			return literal.getLiteral();
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : null;
		}
		return value.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject element, EReference reference) {
		Object value = element.eGet(reference);
		if (value == null) {
			return List.of();
		}
		return reference.isMany() ? (List<EObject>) value : List.of((EObject) value);
	}

	/** The element's kind in the language's own words: the keyword that declares it ("institution", "cio", "law", "solution-kind"). */
	public static String kindOf(EObject element) {
		for (String feature : List.of("form", "kind", "role")) {
			EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
			if (f != null && element.eGet(f) instanceof Enumerator literal) {
				return literal.getLiteral();
			}
		}
		return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The element's text as tokens separated by single spaces: layout and comments do not count. */
	static String tokens(EObject part) {
		INode node = NodeModelUtils.findActualNodeFor(part);
		return node == null ? part.toString() : NodeModelUtils.getTokenText(node);
	}

	/** The feature's name in words ({@code reportsTo} → "reports to"), unless a better label is declared. */
	static String label(EStructuralFeature feature) {
		String declared = LABELS.get(feature);
		if (declared != null) {
			return declared;
		}
		return WORDS.computeIfAbsent(feature, f -> f.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
	}

	/** Labels made from features' names, made once: every element of a large model asks for them. */
	private static final Map<EStructuralFeature, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
}
