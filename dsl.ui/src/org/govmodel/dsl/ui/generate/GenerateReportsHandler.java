package org.govmodel.dsl.ui.generate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.i18n.UiMessages;

/** The "Generate reports" command on models or folders selected in the Project Explorer; runs as a job. */
public class GenerateReportsHandler extends AbstractHandler {

	/** Job family, so that callers (tests) can wait for the generation. */
	public static final Object FAMILY = GenerateReportsHandler.class;

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> selection = new ArrayList<>();
		IStructuredSelection structured = HandlerUtil.getCurrentStructuredSelection(event);
		for (Object element : structured) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource != null) {
				selection.add(resource);
			}
		}
		if (selection.isEmpty()) {
			return null;
		}
		Job job = new Job(UiMessages.get().text("generate.job")) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ReportGeneration.Result result = GovModelUiPlugin.get(ReportGeneration.class).generate(selection, monitor);
					return result.written() ? written(result) : problems(result);
				} catch (CoreException e) {
					return e.getStatus();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(selection.get(0).getProject());
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** The files written; with the warnings about how the reports were made, when there are any, as a warning status. */
	private static IStatus written(ReportGeneration.Result result) {
		String summary = UiMessages.get().text("generate.written", "count", result.files().size(), "folder", result.folder().getFullPath().toString());
		if (result.warnings().isEmpty()) {
			return Status.info(summary);
		}
		MultiStatus status = new MultiStatus(GovModelUiPlugin.ID, 0, summary);
		result.warnings().forEach(warning -> status.add(Status.warning(warning)));
		return status;
	}

	private static IStatus problems(ReportGeneration.Result result) {
		MultiStatus status = new MultiStatus(GovModelUiPlugin.ID, 0, result.problems().get(result.problems().size() - 1));
		result.problems().forEach(problem -> status.add(Status.error(problem)));
		return status;
	}
}
