package org.govmodel.dsl.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.govmodel.dsl.loading.SkippedFolders;

/** What makes a file a GovModel model in the workspace. */
public final class GovModelFiles {

	public static final String EXTENSION = "govmodel";

	public static final String CONTENT_TYPE = "org.govmodel.dsl.ui.contentType";

	private GovModelFiles() {
	}

	public static boolean isModel(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension()) && !resource.isDerived(IResource.CHECK_ANCESTORS)
				&& !isBuildOutput(resource);
	}

	/** Files in build output, dependencies or hidden folders are not the user's: {@link SkippedFolders}, as for every front end. */
	private static boolean isBuildOutput(IResource resource) {
		return SkippedFolders.contains(resource.getProjectRelativePath().toPath());
	}
}
