package org.govmodel.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ide.quickfix.RuleQuickFixes;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelTexts;

import com.google.inject.Inject;

/**
 * The language's quick fixes (dsl.ide's {@link RuleQuickFixes}, from the rules'
 * fix data) for a problem marker: the marker becomes the diagnostic the
 * language server would have sent (rule id as code, fix data as data), and the
 * code actions' edits are computed against the file's current text.
 */
public class MarkerFixes {

	/** A fix: its title and the edits it makes, against {@link #snapshot()}'s text. */
	public record Fix(String label, ModelSnapshot snapshot, List<TextEdit> edits) {
	}

	@Inject
	private RuleQuickFixes quickFixes;

	@Inject
	private ModelSnapshots snapshots;

	public boolean hasFixes(IMarker marker) {
		return quickFixes.rules().contains(marker.getAttribute(ProblemMarkers.RULE_ID, ""));
	}

	public List<Fix> fixes(IMarker marker) throws CoreException {
		if (!hasFixes(marker)) {
			return List.of();
		}
		IFile file = (IFile) marker.getResource();
		ModelSnapshot snapshot = snapshots.of(file, ModelTexts.current(file));
		String uri = snapshot.resource().getURI().toString();
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(snapshot.document());
		options.setResource(snapshot.resource());
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		Diagnostic diagnostic = diagnostic(marker, snapshot);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<Fix> fixes = new ArrayList<>();
		for (Either<Command, CodeAction> action : quickFixes.getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
				List<TextEdit> edits = new ArrayList<>();
				action.getRight().getEdit().getChanges().values().forEach(edits::addAll);
				fixes.add(new Fix(action.getRight().getTitle(), snapshot, edits));
			}
		}
		return fixes;
	}

	private static Diagnostic diagnostic(IMarker marker, ModelSnapshot snapshot) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(marker.getAttribute(ProblemMarkers.RULE_ID, ""));
		diagnostic.setMessage(marker.getAttribute(IMarker.MESSAGE, ""));
		diagnostic.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
			case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
			case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		String data = marker.getAttribute(ProblemMarkers.ISSUE_DATA, null);
		diagnostic.setData(data == null ? new String[0] : data.split(ProblemMarkers.DATA_SEPARATOR, -1));
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		diagnostic.setRange(new Range(snapshot.document().getPosition(start), snapshot.document().getPosition(end)));
		return diagnostic;
	}
}
