package org.govmodel.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.govmodel.dsl.ide.codelens.AssessmentCodeLenses;
import org.govmodel.dsl.ide.contentassist.GovModelProposals;
import org.govmodel.dsl.ide.contentassist.TitledCrossrefProposals;
import org.govmodel.dsl.ide.highlighting.SemanticHighlighting;
import org.govmodel.dsl.ide.hover.GovModelHoverService;
import org.govmodel.dsl.ide.preview.PreviewRequests;
import org.govmodel.dsl.ide.quickfix.RuleQuickFixes;

/** Guice bindings of the editor-independent IDE services (used by the language server). */
public class GovModelIdeModule extends AbstractGovModelIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return GovModelProposals.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return TitledCrossrefProposals.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return SemanticHighlighting.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return GovModelHoverService.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return AssessmentCodeLenses.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return RuleQuickFixes.class;
	}

	/** The project's canonical layout in every editor, whatever its tab settings (what `govmodel format` writes). */
	public Class<? extends org.eclipse.xtext.ide.server.formatting.FormattingService> bindFormattingService() {
		return org.govmodel.dsl.ide.formatting.CanonicalFormattingService.class;
	}

	/** Renames only to text the grammar reads back as a name. */
	public Class<? extends org.eclipse.xtext.ide.server.rename.IRenameService2> bindIRenameService2() {
		return org.govmodel.dsl.ide.rename.CheckedRenameService.class;
	}

	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return PreviewRequests.class;
	}
}
