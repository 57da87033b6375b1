package org.govmodel.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's server wiring with GovModel's project manager (library included) and diagnostics. */
public class GovModelServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(ProjectManager.class).to(LibraryAwareProjectManager.class);
		bind(LanguageServerImpl.class).to(GovModelLanguageServer.class);
	}
}
