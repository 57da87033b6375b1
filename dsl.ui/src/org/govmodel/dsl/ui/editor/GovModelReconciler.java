package org.govmodel.dsl.ui.editor;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Re-checks the model shortly after each pause in typing (extension
 * org.eclipse.ui.genericeditor.reconcilers): markers, semantic colours and the
 * outline follow the unsaved text.
 */
public class GovModelReconciler extends MonoReconciler {

	public GovModelReconciler() {
		super(new ModelReconcilingStrategy(), false);
		setDelay(300);
	}

	@Override
	public void install(org.eclipse.jface.text.ITextViewer textViewer) {
		((ModelReconcilingStrategy) getReconcilingStrategy(org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE)).setViewer(textViewer);
		super.install(textViewer);
	}
}
