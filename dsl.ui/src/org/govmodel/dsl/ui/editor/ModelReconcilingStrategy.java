package org.govmodel.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension2;
import org.eclipse.swt.widgets.Control;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.markers.ProblemAnnotations;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelValidation;

/** Validates the whole document (a model is small and references cross it) and publishes the result. */
public class ModelReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private IDocument document;

	private ITextViewer viewer;

	private IProgressMonitor monitor;

	void setViewer(ITextViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcileDocument();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileDocument();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileDocument();
	}

	/** What one reconcile found, taken out of the project model's lock before markers are written. */
	private record Reconciled(IFile file, List<Issue> issues, boolean library, boolean recoloured) {
	}

	private void reconcileDocument() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		try {
			CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
			Reconciled reconciled = GovModelUiPlugin.get(ModelSnapshots.class).read(current, snapshot -> {
				List<Issue> issues = GovModelUiPlugin.get(ModelValidation.class).validate(snapshot.resource(), cancel);
				if (cancel.isCanceled()) {
					return null;
				}
				SemanticRegions semantic = GovModelUiPlugin.get(SemanticRegions.class);
				boolean recoloured = semantic.update(current, semantic.compute(snapshot.resource(), cancel));
				GovModelUiPlugin.get(LatestSnapshots.class).publish(current, snapshot);
				return new Reconciled(snapshot.file(), issues, GovModelUiPlugin.get(StandardLibrary.class).contains(snapshot.resource().getURI()),
						recoloured);
			});
			if (reconciled == null) {
				return;
			}
			if (reconciled.file() != null) {
				ProblemMarkers.replace(reconciled.file(), reconciled.issues());
			} else if (annotationModel() != null && !reconciled.library()) {
				ProblemAnnotations.replace(annotationModel(), reconciled.issues());
			}
			if (reconciled.recoloured()) {
				repaint();
			}
		} catch (RuntimeException | OperationCanceledError e) {
			// a newer edit cancelled this reconcile: the next one publishes
			if (!GovModelUiPlugin.get(OperationCanceledManager.class).isOperationCanceledException(e)) {
				GovModelUiPlugin.log("Checking the model failed", e);
			}
		}
	}

	/** The document's annotation model, or for a file outside the workspace (which has none) the viewer's own. */
	private IAnnotationModel annotationModel() {
		if (viewer instanceof ISourceViewer source) {
			if (source.getAnnotationModel() != null) {
				return source.getAnnotationModel();
			}
			if (source instanceof ISourceViewerExtension2 extension) {
				return extension.getVisualAnnotationModel();
			}
		}
		return null;
	}

	private void repaint() {
		ITextViewer textViewer = viewer;
		Control control = textViewer == null ? null : textViewer.getTextWidget();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					textViewer.invalidateTextPresentation();
				}
			});
		}
	}
}
