package org.govmodel.dsl.ui.navigation;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.util.ITextRegion;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.LibraryFiles;

/** Opens a definition: a workspace file in its editor, a library file as a read-only copy. */
public final class Navigation {

	private Navigation() {
	}

	public static IEditorPart open(URI file, ITextRegion region) throws CoreException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor;
		if (file.isPlatformResource()) {
			IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(file.toPlatformString(true)));
			editor = IDE.openEditor(page, target);
		} else {
			LibraryFiles library = GovModelUiPlugin.get(LibraryFiles.class);
			java.nio.file.Path path = library.isLibrary(file) ? library.localCopy(file) : java.nio.file.Path.of(file.toFileString());
			editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(path.toUri()));
		}
		if (editor instanceof ITextEditor text && region != null) {
			text.selectAndReveal(region.getOffset(), region.getLength());
		}
		return editor;
	}
}
