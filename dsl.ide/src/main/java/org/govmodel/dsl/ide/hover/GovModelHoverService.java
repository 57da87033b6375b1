package org.govmodel.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
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
 * each ECLAC variable), a level's name, an assessment's computed means, and
 * inside an assessment the score, target and gap of the item under the cursor.
 */
public class GovModelHoverService extends HoverService {

	@Inject
	private ScoringEngine engine;

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		MarkupContent content = super.getMarkupContent(context);
		String inAssessment = context.getElement() instanceof FrameworkItem item ? scoreInAssessmentAt(context, item) : null;
		if (inAssessment == null) {
			return content;
		}
		String text = content == null || content.getValue() == null || content.getValue().isBlank() ? inAssessment : content.getValue() + "\n\n" + inAssessment;
		return toMarkupContent(MarkupKind.MARKDOWN, text);
	}

	/** Inside an assessment, a framework item's score there: "In y2023: 2.50 — target 3 in 2025, gap 0.50". */
	private String scoreInAssessmentAt(HoverContext context, FrameworkItem item) {
		EObject at = elementAtOffset.resolveContainedElementAt(context.getResource(), context.getOffset());
		Assessment assessment = EcoreUtil2.getContainerOfType(at, Assessment.class);
		if (assessment == null || assessment.getFramework() == null || assessment.getFramework().eIsProxy()) {
			return null;
		}
		return engine.score(assessment).byCode(item.getName()).map(score -> {
			StringBuilder text = new StringBuilder("In ").append(assessment.getName()).append(": ");
			text.append(score.notApplicable() ? "not applicable" : score.hasValue() ? "**" + ScoreFormat.format(score.value()) + "**" : "not scored");
			if (score.target() != null) {
				text.append(" — target ").append(ScoreFormat.plain(score.target()));
				if (score.targetYear() != null) {
					text.append(" in ").append(score.targetYear());
				}
				if (score.gap() != null) {
					text.append(", gap ").append(ScoreFormat.format(score.gap()));
				}
			}
			return text.toString();
		}).orElse(null);
	}

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
		// never null: Xtext's HoverService wraps the text unchecked; an empty text is an empty hover
		return String.join("\n\n", parts);
	}
}
