package org.govmodel.dsl.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.TextEdits;

/**
 * Quick fixes on GovModel markers, in the editor (Ctrl+1 on the marker) and in
 * the Problems view (extension org.eclipse.ui.ide.markerResolution).
 */
public class GovModelMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return GovModelUiPlugin.get(MarkerFixes.class).hasFixes(marker);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		try {
			return GovModelUiPlugin.get(MarkerFixes.class).fixes(marker).stream().map(FixResolution::new).toArray(IMarkerResolution[]::new);
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot compute quick fixes", e);
			return new IMarkerResolution[0];
		}
	}

	/** Applies a fix to the file's document: an open editor keeps the change unsaved, a closed file is saved. */
	static class FixResolution implements IMarkerResolution2 {
		private final MarkerFixes.Fix fix;

		FixResolution(MarkerFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			IFile file = (IFile) marker.getResource();
			IPath path = file.getFullPath();
			ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
			boolean open = buffers.getTextFileBuffer(path, LocationKind.IFILE) != null;
			try {
				buffers.connect(path, LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
					if (!buffer.getDocument().get().equals(fix.text().getContents())) {
						return; // the text changed since the fix was computed
					}
					TextEdits.apply(buffer.getDocument(), fix.text(), fix.edits());
					if (!open) {
						buffer.commit(null, true);
					}
				} finally {
					buffers.disconnect(path, LocationKind.IFILE, null);
				}
				if (!open) {
					// Applied from the Problems view: the project's model, if the save's validation (which may have run
					// while the file's buffer was still connected here) kept it, is not kept once no editor needs it.
					GovModelUiPlugin.get(ModelSnapshots.class).releaseIfUnused(file.getProject());
				}
			} catch (CoreException | BadLocationException e) {
				GovModelUiPlugin.log("Cannot apply the quick fix '" + fix.label() + "'", e);
			}
		}
	}
}
