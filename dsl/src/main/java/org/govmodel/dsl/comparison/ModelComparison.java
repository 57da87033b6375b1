package org.govmodel.dsl.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.comparison.ElementFacts.Fact;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.AttributeChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelLoader;

import com.google.inject.Inject;

/**
 * Compares two versions of a set of models, each loaded, configured and
 * validated by {@link ModelLoader} as {@code validate} does: the one service
 * behind {@code govmodel diff}, its git integration and every diff format.
 */
public class ModelComparison {

	@Inject
	private ElementFacts facts;

	@Inject
	private ElementMatcher matcher;

	@Inject
	private ScoreComparison scores;

	@Inject
	private FindingComparison findings;

	@Inject
	private GovernanceViews views;

	public ModelDiff compare(ModelLoader.Checked before, ModelLoader.Checked after) {
		Side old = new Side(before.models());
		Side now = new Side(after.models());
		Map<EObject, EObject> matches = matcher.match(old.inventory, now.inventory);
		Map<EObject, EObject> reverse = new IdentityHashMap<>();
		matches.forEach((o, n) -> reverse.put(n, o));
		// the old version names what it refers to as the new version does, so a rename is reported once
		Function<EObject, String> oldNames = e -> {
			EObject partner = matches.get(e);
			return partner != null ? now.nameOf(partner) : old.nameOf(e);
		};
		Function<EObject, String> newNames = now::nameOf;

		List<ElementChange> elements = new ArrayList<>();
		List<LineChange> lines = new ArrayList<>();
		List<AssessmentChange> assessments = new ArrayList<>();
		for (EObject element : old.inventory.elements()) {
			EObject partner = matches.get(element);
			if (partner == null) {
				removed(element, old, oldNames, matches, elements, lines);
			} else {
				changed(element, partner, old, now, oldNames, newNames, elements, lines, assessments);
			}
		}
		for (EObject element : now.inventory.elements()) {
			if (!reverse.containsKey(element)) {
				added(element, now, newNames, reverse, elements, lines);
			}
		}
		elements.sort(Comparator.comparing(ElementChange::jurisdiction).thenComparing(ElementChange::name));
		lines.sort(Comparator.comparing(LineChange::jurisdiction).thenComparing(LineChange::party).thenComparing(LineChange::line));
		assessments.sort(Comparator.comparing(AssessmentChange::jurisdiction).thenComparing(AssessmentChange::name));
		Map<String, String> renames = new HashMap<>();
		elements.stream().filter(e -> e.kind() == Kind.RENAMED)
				.forEach(e -> renames.put(ElementMatcher.localName(e.oldName()), ElementMatcher.localName(e.newName())));
		return new ModelDiff(List.copyOf(elements), List.copyOf(lines), List.copyOf(assessments),
				findings.compare(before.diagnostics(), after.diagnostics(), renames));
	}

	private void removed(EObject element, Side old, Function<EObject, String> names, Map<EObject, EObject> matches, List<ElementChange> elements,
			List<LineChange> lines) {
		String jurisdiction = old.jurisdictionOf(element);
		String name = old.nameOf(element);
		lineFacts(element, names).forEach(f -> lines.add(new LineChange(jurisdiction, name, f.label(), f.value(), null)));
		if (old.isPart(element) && !matches.containsKey(element.eContainer())) {
			return; // reported with its owner
		}
		elements.add(new ElementChange(Kind.REMOVED, jurisdiction, ElementFacts.kindOf(element), name, null, titleOf(element), List.of(),
				old.location(element), element instanceof Assessment a && !old.isLatest(a)));
	}

	private void added(EObject element, Side now, Function<EObject, String> names, Map<EObject, EObject> reverse, List<ElementChange> elements,
			List<LineChange> lines) {
		String jurisdiction = now.jurisdictionOf(element);
		String name = now.nameOf(element);
		lineFacts(element, names).forEach(f -> lines.add(new LineChange(jurisdiction, name, f.label(), null, f.value())));
		if (now.isPart(element) && !reverse.containsKey(element.eContainer())) {
			return;
		}
		elements.add(new ElementChange(Kind.ADDED, jurisdiction, ElementFacts.kindOf(element), null, name, titleOf(element), List.of(),
				now.location(element), false));
	}

	private void changed(EObject before, EObject after, Side old, Side now, Function<EObject, String> oldNames, Function<EObject, String> newNames,
			List<ElementChange> elements, List<LineChange> lines, List<AssessmentChange> assessments) {
		Map<String, Fact> was = facts.of(before, oldNames);
		Map<String, Fact> is = facts.of(after, newNames);
		String jurisdiction = now.jurisdictionOf(after);
		String name = now.nameOf(after);
		List<AttributeChange> attributes = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>(is.keySet());
		labels.addAll(was.keySet());
		for (String label : labels) {
			Fact b = was.get(label);
			Fact a = is.get(label);
			String valueBefore = b == null ? null : b.value();
			String valueAfter = a == null ? null : a.value();
			if (Objects.equals(valueBefore, valueAfter)) {
				continue;
			}
			Fact any = a != null ? a : b;
			if (ElementFacts.LINES.contains(any.feature())) {
				lines.add(new LineChange(jurisdiction, name, label, valueBefore, valueAfter));
			} else {
				attributes.add(new AttributeChange(label, valueBefore, valueAfter, any.feature()));
			}
		}
		boolean rewrite = before instanceof Assessment a && !old.isLatest(a);
		boolean renamed = !ElementMatcher.localName(old.nameOf(before)).equals(ElementMatcher.localName(name));
		if (renamed || !attributes.isEmpty()) {
			elements.add(new ElementChange(renamed ? Kind.RENAMED : Kind.CHANGED, jurisdiction, ElementFacts.kindOf(after), old.nameOf(before), name,
					titleOf(after), List.copyOf(attributes), now.location(after), rewrite));
		}
		if (before instanceof Assessment a && after instanceof Assessment b) {
			AssessmentChange change = scores.compare(a, b, jurisdiction, old.nameOf(before), name, rewrite);
			if (change != null) {
				assessments.add(change);
			}
		}
	}

	private List<Fact> lineFacts(EObject element, Function<EObject, String> names) {
		return facts.of(element, names).values().stream().filter(f -> ElementFacts.LINES.contains(f.feature())).toList();
	}

	private static String titleOf(EObject element) {
		return ElementMatcher.title(element);
	}

	/** One version: its named elements, where they are and which jurisdiction they belong to. */
	private final class Side {
		final ElementMatcher.Inventory inventory;
		final Map<Resource, String> displays = new IdentityHashMap<>();
		final Map<EObject, String> names = new IdentityHashMap<>();
		final Map<Resource, String> jurisdictions = new IdentityHashMap<>();
		final Map<String, Integer> latestYears = new HashMap<>();

		Side(LoadedModels models) {
			List<EObject> elements = new ArrayList<>();
			for (LoadedModels.ModelFile file : models.files()) {
				displays.put(file.resource(), file.display());
				file.resource().getAllContents().forEachRemaining(e -> {
					if (!(e instanceof Model)) {
						String name = facts.nameOf(e);
						if (name != null) {
							elements.add(e);
							names.put(e, name);
						}
					}
					if (e instanceof Assessment a) {
						latestYears.merge(jurisdictionOf(a) + "/" + frameworkOf(a), a.getYear(), Math::max);
					}
				});
			}
			inventory = new ElementMatcher.Inventory(elements, names);
		}

		String nameOf(EObject element) {
			String name = names.get(element);
			return name != null ? name : facts.nameOf(element);
		}

		boolean isPart(EObject element) {
			return element.eContainer() != null && !(element.eContainer() instanceof Model) && names.containsKey(element.eContainer());
		}

		boolean isLatest(Assessment assessment) {
			Integer latest = latestYears.get(jurisdictionOf(assessment) + "/" + frameworkOf(assessment));
			return latest == null || assessment.getYear() >= latest;
		}

		private String frameworkOf(Assessment assessment) {
			return assessment.getFramework() == null || assessment.getFramework().eIsProxy() ? "?" : facts.nameOf(assessment.getFramework());
		}

		String jurisdictionOf(EObject element) {
			return jurisdictions.computeIfAbsent(element.eResource(),
					r -> views.viewOf(element).subject().map(Jurisdiction::getName).orElse(""));
		}

		String location(EObject element) {
			INode node = NodeModelUtils.findActualNodeFor(element);
			return displays.getOrDefault(element.eResource(), "?") + ":" + (node == null ? 1 : node.getStartLine());
		}
	}
}
