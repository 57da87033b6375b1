package org.govmodel.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.govmodel.dsl.ui.GovModelFiles;

/**
 * The Generic Editor has no outline of its own; the Outline view asks the
 * editor for an {@link IContentOutlinePage} adapter, which this factory
 * supplies for GovModel files.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptableObject instanceof ITextEditor editor && isModel(editor.getEditorInput())) {
			return adapterType.cast(new GovModelOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}

	private static boolean isModel(IEditorInput input) {
		return input != null && input.getName() != null && input.getName().endsWith("." + GovModelFiles.EXTENSION);
	}
}
