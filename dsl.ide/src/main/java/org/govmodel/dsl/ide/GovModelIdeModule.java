package org.govmodel.dsl.ide;

import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.govmodel.dsl.ide.codelens.AssessmentCodeLenses;
import org.govmodel.dsl.ide.hover.GovModelHoverService;

/** Guice bindings of the editor-independent IDE services (used by the language server). */
public class GovModelIdeModule extends AbstractGovModelIdeModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return GovModelHoverService.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return AssessmentCodeLenses.class;
	}
}
