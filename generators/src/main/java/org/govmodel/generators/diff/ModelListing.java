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
import org.govmodel.dsl.loading.TerminalText;
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
 * compares ({@link ElementFacts}); scores and means from {@link ScoringEngine}. Every line is
 * escaped for the terminal that shows git's output ({@link TerminalText}).
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
			line(out, name + " (" + ElementFacts.kindOf(element) + ")");
			stated.values().forEach(f -> line(out, name + "  " + f.label() + ": " + f.value()));
			if (element instanceof Assessment assessment && assessment.getFramework() != null && !assessment.getFramework().eIsProxy()) {
				scores(out, name, engine.score(assessment));
			}
		}
		for (ModelDiagnostic d : diagnostics) {
			line(out, "finding " + d.severityName() + " " + d.ruleId() + ": " + d.message());
		}
		return out.toString();
	}

	private static void scores(StringBuilder out, String name, AssessmentScore score) {
		line(out, name + "  mean: " + ScoreFormat.format(score.mean()));
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
		line(out, name + "  " + item.code() + " = " + value + (item.gap() == null ? "" : " (gap " + ScoreFormat.format(item.gap()) + ")"));
	}

	/**
	 * One fact, one line: what git shows of the listing reaches a terminal, so the fact is escaped as
	 * {@link TerminalText} escapes everything a terminal shows, and a line break in model text cannot forge a line.
	 */
	private static void line(StringBuilder out, String fact) {
		out.append(TerminalText.escape(fact)).append('\n');
	}
}
