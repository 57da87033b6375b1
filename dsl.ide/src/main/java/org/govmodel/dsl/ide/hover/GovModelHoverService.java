package org.govmodel.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.dsl.scoring.ScoringEngine;

import com.google.inject.Inject;

/**
 * Hovers say what an element means, in the language of the model's
 * diagnostics: a framework item's title and description (the library's text of
 * each ECLAC variable), a level's name, a tier's or solution kind's description,
 * each from its translation into that language when it has one
 * ({@link LocalizedTitles}), documentation comments as Xtext shows them, an
 * assessment's computed means, and inside an assessment the score, target and
 * gap of the item under the cursor.
 */
public class GovModelHoverService extends HoverService {

	/** The hovers' and code lenses' fixed words: {@code hovers.properties}, {@code _es}, {@code _pt}. */
	public static final String BUNDLE = "org.govmodel.dsl.ide.i18n.hovers";

	@Inject
	private ScoringEngine engine;

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private LocalizedTitles titles;

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
		return engine.score(assessment).byCode(item.getName()).map(score -> words(assessment).text("hover.score", "assessment", assessment.getName(),
				"state", score.notApplicable() ? "na" : score.hasValue() ? "scored" : "none", "value", score.hasValue() ? ScoreFormat.format(score.value()) : "",
				"target", score.target() == null ? "none" : ScoreFormat.plain(score.target()), "year", score.targetYear() == null ? "none" : String.valueOf(score.targetYear()),
				"gap", score.gap() == null ? "none" : ScoreFormat.format(score.gap()))).orElse(null);
	}

	/** The language of the model's diagnostics (see {@code DiagnosticLanguage}), which hovers speak too. */
	private static Language languageOf(EObject element) {
		return DiagnosticLanguage.of(element);
	}

	/** The hovers' fixed words, in the language of the model's diagnostics. */
	private static Messages words(EObject element) {
		return Messages.load(BUNDLE, GovModelHoverService.class, languageOf(element));
	}

	@Override
	public String getContents(EObject element) {
		Language language = languageOf(element);
		List<String> parts = new ArrayList<>();
		if (element instanceof FrameworkItem item) {
			parts.add("**" + item.getName() + " " + titles.title(item, language) + "**");
		} else if (element instanceof Level level) {
			parts.add("**" + titles.title(level, language) + "** (" + ScoreFormat.plain(level.getValue()) + ")");
		} else if (element instanceof Assessment assessment && assessment.getFramework() != null && !assessment.getFramework().eIsProxy()) {
			AssessmentScore score = engine.score(assessment);
			StringBuilder areas = new StringBuilder();
			score.areas().forEach(a -> areas.append(a.code()).append(": ").append(ScoreFormat.format(a.value())).append("  "));
			parts.add(words(element).text("hover.mean", "mean", ScoreFormat.format(score.mean()), "areas", areas.toString()).strip());
		}
		// the description in the language (a library element's translation), else as written: a variable's
		// description text, else the documentation comment
		Optional<String> description = titles.description(element, language);
		description.ifPresent(parts::add);
		// a comment that is the written description was shown above, or translated there (the library's comments are
		// its English descriptions); beside a variable's description text it is the modeller's note
		String comment = super.getContents(element);
		if (comment != null && !comment.isBlank() && !titles.writtenDescription(element).equals(Optional.of(comment))
				&& !description.equals(Optional.of(comment))) {
			parts.add(comment);
		}
		// never null: Xtext's HoverService wraps the text unchecked; an empty text is an empty hover
		return String.join("\n\n", parts);
	}
}
