package org.govmodel.dsl.ide.server;

import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;

/** Xtext's server wiring with GovModel's project manager (library included), diagnostics, reads one at a time, and unreported build deltas merged into what changed in sum. */
public class GovModelServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(ProjectManager.class).to(LibraryAwareProjectManager.class);
		bind(LanguageServerImpl.class).to(GovModelLanguageServer.class);
		// Xtext binds IRequestManager to RequestManager: its binding is the one to replace
		bind(RequestManager.class).to(OneReadAtATimeRequestManager.class);
		bind(BuildManager.class).to(NetDeltasBuildManager.class);
	}
}
