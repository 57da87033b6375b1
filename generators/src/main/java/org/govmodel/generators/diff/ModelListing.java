package org.govmodel.generators.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.govmodel.dsl.comparison.ElementFacts;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.dsl.scoring.ScoringEngine;

import com.google.inject.Inject;

/**
 * A model as a sorted list of facts, one a line, for git's {@code textconv}:
 * git line-diffs two listings, so layout, comments and the order of
 * declarations and lists make no difference, and every changed line is a
 * changed fact ("secGD  autonomy budget: own"). The same facts the diff
 * compares ({@link ElementFacts}); scores and means from {@link ScoringEngine}.
 */
public class ModelListing {

	@Inject
	private ElementFacts facts;

	@Inject
	private ScoringEngine engine;

	public String render(LoadedModels models, List<ModelDiagnostic> diagnostics) {
		List<EObject> elements = new ArrayList<>();
		for (LoadedModels.ModelFile file : models.files()) {
			file.resource().getAllContents().forEachRemaining(e -> {
				if (!(e instanceof Model) && facts.nameOf(e) != null) {
					elements.add(e);
				}
			});
		}
		elements.sort(Comparator.comparing(facts::nameOf));
		StringBuilder out = new StringBuilder();
		for (EObject element : elements) {
			String name = facts.nameOf(element);
			Map<String, ElementFacts.Fact> stated = facts.of(element, facts::nameOf);
			out.append(name).append(" (").append(ElementFacts.kindOf(element)).append(")\n");
			stated.values().forEach(f -> out.append(name).append("  ").append(f.label()).append(": ").append(f.value()).append('\n'));
			if (element instanceof Assessment assessment && assessment.getFramework() != null && !assessment.getFramework().eIsProxy()) {
				scores(out, name, engine.score(assessment));
			}
		}
		for (ModelDiagnostic d : diagnostics) {
			out.append("finding ").append(d.severityName()).append(' ').append(d.ruleId()).append(": ").append(d.message()).append('\n');
		}
		return out.toString();
	}

	private static void scores(StringBuilder out, String name, AssessmentScore score) {
		out.append(name).append("  mean: ").append(ScoreFormat.format(score.mean())).append('\n');
		for (ItemScore area : score.areas()) {
			line(out, name, area);
			for (ItemScore component : area.children()) {
				line(out, name, component);
				component.children().forEach(v -> line(out, name, v));
			}
		}
	}

	private static void line(StringBuilder out, String name, ItemScore item) {
		String value = item.notApplicable() ? "n/a" : item.value() == null ? "not scored" : ScoreFormat.format(item.value());
		out.append(name).append("  ").append(item.code()).append(" = ").append(value);
		if (item.gap() != null) {
			out.append(" (gap ").append(ScoreFormat.format(item.gap())).append(')');
		}
		out.append('\n');
	}
}
