package org.govmodel.dsl.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;

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

	/** Files under a build output folder (Maven's target/, Eclipse's bin/) are copies, not sources. */
	private static boolean isBuildOutput(IResource resource) {
		for (IResource r = resource.getParent(); r != null && r.getType() != IResource.PROJECT; r = r.getParent()) {
			if (r.getParent() != null && r.getParent().getType() == IResource.PROJECT
					&& (r.getName().equals("target") || r.getName().equals("bin"))) {
				return true;
			}
		}
		return false;
	}
}
