package org.govmodel.dsl.ui.format;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.GovModelUiPlugin;

/** Source &gt; Format (Ctrl+Shift+F) in a GovModel editor. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof ITextEditor text && text.isEditable()) {
			try {
				GovModelUiPlugin.get(ModelFormatting.class).format(text.getDocumentProvider().getDocument(text.getEditorInput()));
			} catch (BadLocationException e) {
				throw new ExecutionException("Formatting failed", e);
			}
		}
		return null;
	}
}
