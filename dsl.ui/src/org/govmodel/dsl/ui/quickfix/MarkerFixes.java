package org.govmodel.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.ide.quickfix.RuleQuickFixes;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelValidation;
import org.govmodel.dsl.validation.Rules;

import com.google.inject.Inject;

/**
 * The language's quick fixes (dsl.ide's {@link RuleQuickFixes}, from the rules'
 * fix data) for a problem marker: the marker's problem is found again in the
 * file's current text and becomes the diagnostic the language server would
 * have sent (rule id as code, fix data as data), so the edits fit the text as
 * it is now, even if the user typed since the marker was made.
 */
public class MarkerFixes {

	/** A fix: its title and the edits it makes, against {@link #text()}. */
	public record Fix(String label, Document text, List<TextEdit> edits) {
	}

	@Inject
	private RuleQuickFixes quickFixes;

	@Inject
	private ModelSnapshots snapshots;

	@Inject
	private ModelValidation validation;

	public boolean hasFixes(IMarker marker) {
		return quickFixes.rules().contains(marker.getAttribute(ProblemMarkers.RULE_ID, ""));
	}

	public List<Fix> fixes(IMarker marker) throws CoreException {
		if (!hasFixes(marker)) {
			return List.of();
		}
		IFile file = (IFile) marker.getResource();
		// the editor's requests keep its project's model; asked from the Problems view with no editor open, the model is not kept
		return snapshots.readWithoutEditor(file, snapshot -> fixes(marker, snapshot));
	}

	private List<Fix> fixes(IMarker marker, ModelSnapshot snapshot) {
		String uri = snapshot.resource().getURI().toString();
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(snapshot.document());
		options.setResource(snapshot.resource());
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		Diagnostic diagnostic = diagnostic(marker, snapshot);
		if (diagnostic == null) {
			return List.of(); // the text changed since the marker was made, and the problem is gone
		}
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<Fix> fixes = new ArrayList<>();
		for (Either<Command, CodeAction> action : quickFixes.getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
				List<TextEdit> edits = new ArrayList<>();
				action.getRight().getEdit().getChanges().values().forEach(edits::addAll);
				fixes.add(new Fix(action.getRight().getTitle(), snapshot.document(), edits));
			}
		}
		return fixes;
	}

	/**
	 * The diagnostic the marker stands for, found again in the current text: the
	 * marker's offsets date from the last validation, and the user may have typed
	 * since. Of the current issues of the marker's rule, the one nearest to where
	 * the marker was; null when there is none any more.
	 */
	private Diagnostic diagnostic(IMarker marker, ModelSnapshot snapshot) {
		String rule = marker.getAttribute(ProblemMarkers.RULE_ID, "");
		int markedAt = marker.getAttribute(IMarker.CHAR_START, 0);
		Issue issue = validation.validate(snapshot.resource(), CancelIndicator.NullImpl).stream()
				.filter(candidate -> rule.equals(Rules.idOf(candidate.getCode())) && candidate.getOffset() != null)
				.min(Comparator.comparingInt((Issue candidate) -> Math.abs(candidate.getOffset() - markedAt)))
				.orElse(null);
		if (issue == null) {
			return null;
		}
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(rule);
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		diagnostic.setData(issue.getData() == null ? new String[0] : issue.getData());
		int start = issue.getOffset();
		int end = start + (issue.getLength() == null ? 0 : issue.getLength());
		diagnostic.setRange(new Range(snapshot.document().getPosition(start), snapshot.document().getPosition(end)));
		return diagnostic;
	}
}
