package org.govmodel.dsl.ui.editor;

import java.util.List;

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
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.markers.ProblemAnnotations;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.model.ModelSnapshot;
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

	private void reconcileDocument() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		try {
			ModelSnapshot snapshot = GovModelUiPlugin.get(ModelSnapshots.class).of(current);
			List<Issue> issues = GovModelUiPlugin.get(ModelValidation.class).validate(snapshot.resource(),
					() -> monitor != null && monitor.isCanceled());
			if (monitor != null && monitor.isCanceled()) {
				return;
			}
			if (snapshot.file() != null) {
				ProblemMarkers.replace(snapshot.file(), issues);
			} else if (annotationModel() != null && !GovModelUiPlugin.get(StandardLibrary.class).contains(snapshot.resource().getURI())) {
				ProblemAnnotations.replace(annotationModel(), issues);
			}
			SemanticRegions semantic = GovModelUiPlugin.get(SemanticRegions.class);
			if (semantic.update(current, semantic.compute(snapshot.resource(), () -> monitor != null && monitor.isCanceled()))) {
				repaint();
			}
			GovModelUiPlugin.get(LatestSnapshots.class).publish(current, snapshot);
		} catch (RuntimeException e) {
			GovModelUiPlugin.log("Checking the model failed", e);
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
