package org.govmodel.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.ide.hover.GovModelHoverService;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.dsl.scoring.ScoringEngine;

import com.google.inject.Inject;

/** Above each assessment: its mean and its area means, computed by the scoring engine, in the editor's language. */
public class AssessmentCodeLenses implements ICodeLensService {

	@Inject
	private ScoringEngine engine;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params, CancelIndicator cancelIndicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource == null || resource.getContents().isEmpty()) { // null: a document neither open nor on disk
			return lenses;
		}
		// the words in the language of the model's diagnostics; codes and numbers as the model writes them
		Messages words = Messages.load(GovModelHoverService.BUNDLE, AssessmentCodeLenses.class, DiagnosticLanguage.of(resource));
		for (var element : ((Model) resource.getContents().get(0)).getElements()) {
			if (element instanceof Assessment assessment && assessment.getFramework() != null && !assessment.getFramework().eIsProxy()) {
				AssessmentScore score = engine.score(assessment);
				StringBuilder title = new StringBuilder(words.text("lens.mean", "mean", ScoreFormat.format(score.mean())));
				score.areas().forEach(a -> title.append(" · ").append(a.code()).append(" ").append(ScoreFormat.format(a.value())));
				ICompositeNode node = NodeModelUtils.findActualNodeFor(assessment);
				Position start = document.getPosition(node.getOffset());
				CodeLens lens = new CodeLens(new Range(start, start));
				lens.setCommand(new Command(title.toString(), ""));
				lenses.add(lens);
			}
		}
		return lenses;
	}
}
