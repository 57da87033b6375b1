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
					return result.written()
							? Status.info(UiMessages.get().text("generate.written", "count", result.files().size(), "folder", result.folder().getFullPath().toString()))
							: problems(result);
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

	private static IStatus problems(ReportGeneration.Result result) {
		MultiStatus status = new MultiStatus(GovModelUiPlugin.ID, 0, result.problems().get(result.problems().size() - 1));
		result.problems().forEach(problem -> status.add(Status.error(problem)));
		return status;
	}
}
