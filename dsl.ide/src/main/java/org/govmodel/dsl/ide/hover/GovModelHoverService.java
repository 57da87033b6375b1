package org.govmodel.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.FrameworkItem;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.dsl.scoring.ScoringEngine;

import com.google.inject.Inject;

/**
 * Hovers say what an element means: documentation comments as Xtext shows
 * them, plus a framework item's title and description (the library's text of
 * each ECLAC variable), a level's name, and an assessment's computed means.
 */
public class GovModelHoverService extends HoverService {

	@Inject
	private ScoringEngine engine;

	@Override
	public String getContents(EObject element) {
		List<String> parts = new ArrayList<>();
		if (element instanceof FrameworkItem item) {
			parts.add("**" + item.getName() + " " + item.getTitle() + "**");
			if (item instanceof Variable variable && variable.getDescription() != null) {
				parts.add(variable.getDescription());
			}
		} else if (element instanceof Level level) {
			parts.add("**" + level.getTitle() + "** (" + ScoreFormat.plain(level.getValue()) + ")");
		} else if (element instanceof Assessment assessment && assessment.getFramework() != null && !assessment.getFramework().eIsProxy()) {
			AssessmentScore score = engine.score(assessment);
			StringBuilder means = new StringBuilder("Mean " + ScoreFormat.format(score.mean()) + " — ");
			score.areas().forEach(a -> means.append(a.code()).append(": ").append(ScoreFormat.format(a.value())).append("  "));
			parts.add(means.toString().strip());
		}
		String documentation = super.getContents(element);
		if (documentation != null && !documentation.isBlank()) {
			parts.add(documentation);
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}
}
