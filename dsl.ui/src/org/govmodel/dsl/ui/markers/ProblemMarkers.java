package org.govmodel.dsl.ui.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.validation.Rules;

/**
 * The validator's findings as problem markers (editor annotations and the
 * Problems view). Each marker carries the rule id (in its text, as the command
 * line prints it, and as an attribute) and what a quick fix needs: the issue
 * code and its fix data.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.govmodel.dsl.ui.problem";

	public static final String RULE_ID = "ruleId";

	public static final String ISSUE_CODE = "issueCode";

	private ProblemMarkers() {
	}

	/** Replaces the file's GovModel markers by the issues, in one workspace operation. */
	public static void replace(IFile file, List<Issue> issues) {
		replace(file, issues, new NullProgressMonitor());
	}

	/**
	 * Replaces the file's GovModel markers by the issues, unless the validation that found them was cancelled
	 * first. Checked again once the operation holds the file: a project closed or deleted (which cancels its
	 * validation) while it waited must not get the old findings, nor a new project of the same name.
	 */
	public static void replace(IFile file, List<Issue> issues, IProgressMonitor validation) {
		if (!file.exists() || validation.isCanceled()) {
			return;
		}
		IWorkspaceRunnable update = monitor -> {
			if (!file.exists() || validation.isCanceled()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				if (issue.getSeverity() != Severity.IGNORE) {
					file.createMarker(TYPE, attributes(issue));
				}
			}
		};
		try {
			file.getWorkspace().run(update, file, IResource.NONE, null);
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot update the markers of " + file.getFullPath(), e);
		}
	}

	public static IMarker[] of(IFile file) throws CoreException {
		return file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
	}

	private static Map<String, Object> attributes(Issue issue) {
		String ruleId = Rules.idOf(issue.getCode());
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage() + " [" + ruleId + "]");
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		attributes.put(RULE_ID, ruleId);
		if (issue.getCode() != null) {
			attributes.put(ISSUE_CODE, issue.getCode());
		}
		attributes.put(IMarker.SOURCE_ID, "GovModel");
		return attributes;
	}
}
