package org.govmodel.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.govmodel.dsl.ui.GovModelUiPlugin;

/** Syntax colouring for the Generic Editor (extension org.eclipse.ui.genericeditor.presentationReconcilers). */
public class GovModelPresentationReconciler extends PresentationReconciler {

	public GovModelPresentationReconciler() {
		GovModelTokenScanner scanner = new GovModelTokenScanner(GovModelUiPlugin.get(LexicalTokens.class),
				GovModelUiPlugin.get(SemanticRegions.class));
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
