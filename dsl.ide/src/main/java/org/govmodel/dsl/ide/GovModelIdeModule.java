package org.govmodel.dsl.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.govmodel.dsl.ide.codelens.AssessmentCodeLenses;
import org.govmodel.dsl.ide.hover.GovModelHoverService;
import org.govmodel.dsl.ide.preview.PreviewRequests;
import org.govmodel.dsl.ide.quickfix.GovModelQuickfixes;

/** Guice bindings of the editor-independent IDE services (used by the language server). */
public class GovModelIdeModule extends AbstractGovModelIdeModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return GovModelHoverService.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return AssessmentCodeLenses.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return GovModelQuickfixes.class;
	}

	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return PreviewRequests.class;
	}
}
