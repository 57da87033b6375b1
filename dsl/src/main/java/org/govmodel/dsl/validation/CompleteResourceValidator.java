package org.govmodel.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.govmodel.dsl.i18n.DiagnosticLanguage;

/**
 * Xtext's resource validator, except that a failure inside one of its phases
 * (syntax diagnostics, linking, rules) becomes one error on the file instead
 * of a logged stack trace and a silently incomplete list of issues: a model
 * that could not be checked completely must not pass as valid.
 */
public class CompleteResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		try {
			super.collectResourceDiagnostics(resource, monitor, acceptor);
		} catch (RuntimeException | StackOverflowError e) {
			acceptor.accept(failure(resource, "reading", e));
		}
	}

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		try {
			super.validate(resource, mode, monitor, acceptor);
		} catch (RuntimeException | StackOverflowError e) {
			acceptor.accept(failure(resource, "checking", e));
		}
	}

	private Issue failure(Resource resource, String phase, Throwable e) {
		getOperationCanceledManager().propagateIfCancelException(e);
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setCode(Rules.UNREADABLE_FILE);
		issue.setLineNumber(1);
		issue.setColumn(1);
		issue.setOffset(0);
		issue.setLength(0);
		issue.setLineNumberEnd(1);
		issue.setColumnEnd(1);
		issue.setMessage(DiagnosticLanguage.messages(resource).text("GOV-IO-001.internal", "phase", phase, "cause", String.valueOf(e)));
		return issue;
	}
}
