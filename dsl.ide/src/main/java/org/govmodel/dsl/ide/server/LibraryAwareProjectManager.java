package org.govmodel.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.govmodel.dsl.library.StandardLibrary;

import com.google.inject.Inject;

/**
 * Builds each workspace project together with the standard library, so that
 * references to the ECLAC framework, the solution kinds and the portfolios
 * resolve in the editor exactly as on the command line.
 */
public class LibraryAwareProjectManager extends ProjectManager {

	@Inject
	private StandardLibrary library;

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		List<URI> uris = new ArrayList<>(library.uris());
		for (ISourceFolder folder : getProjectConfig().getSourceFolders()) {
			uris.addAll(folder.getAllResources(fileSystemScanner));
		}
		return doBuild(uris, List.of(), List.of(), cancelIndicator);
	}
}
