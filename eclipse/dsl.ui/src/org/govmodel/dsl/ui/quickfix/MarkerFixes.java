package org.govmodel.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelTexts;

import com.google.inject.Inject;

/**
 * The language's quick fixes (dsl.ide's, declared from the rules' fix data)
 * for a problem marker: the marker becomes the diagnostic the language server
 * would have sent (rule id as code, fix data as data), and each resolution's
 * edits are computed against the file's current text.
 */
public class MarkerFixes {

	/** A fix: its label and the edits it makes, against {@link #snapshot()}'s text. */
	public record Fix(String label, ModelSnapshot snapshot, List<TextEdit> edits) {
	}

	@Inject
	private IQuickFixProvider quickfixes;

	@Inject
	private ModelSnapshots snapshots;

	public boolean hasFixes(IMarker marker) {
		return quickfixes.handlesDiagnostic(diagnostic(marker, null));
	}

	public List<Fix> fixes(IMarker marker) throws CoreException {
		IFile file = (IFile) marker.getResource();
		ModelSnapshot snapshot = snapshots.of(file, ModelTexts.current(file));
		Diagnostic diagnostic = diagnostic(marker, snapshot);
		if (!quickfixes.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(snapshot.document());
		options.setResource(snapshot.resource());
		options.setURI(snapshot.resource().getURI().toString());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new SnapshotAccess(snapshot));
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : quickfixes.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			List<TextEdit> edits = edit == null ? List.of() : edits(edit);
			if (!edits.isEmpty()) {
				fixes.add(new Fix(resolution.getLabel(), snapshot, edits));
			}
		}
		return fixes;
	}

	private static List<TextEdit> edits(WorkspaceEdit edit) {
		List<TextEdit> result = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().values().forEach(result::addAll);
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).flatMap(change -> change.getLeft().getEdits().stream())
					.filter(e -> e.isLeft()).forEach(e -> result.add(e.getLeft()));
		}
		return result;
	}

	private static Diagnostic diagnostic(IMarker marker, ModelSnapshot snapshot) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(marker.getAttribute(ProblemMarkers.RULE_ID, ""));
		diagnostic.setMessage(marker.getAttribute(IMarker.MESSAGE, ""));
		// Xtext offers no fix for a diagnostic without a severity
		diagnostic.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
			case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
			case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		String data = marker.getAttribute(ProblemMarkers.ISSUE_DATA, null);
		diagnostic.setData(data == null ? new String[0] : data.split(ProblemMarkers.DATA_SEPARATOR, -1));
		if (snapshot != null) {
			int start = marker.getAttribute(IMarker.CHAR_START, 0);
			int end = marker.getAttribute(IMarker.CHAR_END, start);
			diagnostic.setRange(new Range(snapshot.document().getPosition(start), snapshot.document().getPosition(end)));
		}
		return diagnostic;
	}
}
