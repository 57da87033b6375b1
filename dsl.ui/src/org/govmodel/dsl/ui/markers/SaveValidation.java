package org.govmodel.dsl.ui.markers;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.ui.GovModelFiles;
import org.govmodel.dsl.ui.GovModelUiPlugin;

/**
 * When a model (or a project's govmodel.json) is saved, added or removed,
 * re-validates every model of its project: a change in one file can break or
 * mend references and rules in the others.
 */
public class SaveValidation implements IResourceChangeListener {

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				boolean relevant = GovModelFiles.isModel(resource) || SettingsFile.NAME.equals(resource.getName());
				boolean changed = delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0;
				if (resource.getType() == IResource.FILE && relevant && changed) {
					projects.add(resource.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot read a workspace change", e);
		}
		projects.stream().filter(IProject::isAccessible).forEach(SaveValidation::schedule);
	}

	public static Job schedule(IProject project) {
		Job job = new ProjectValidationJob(project);
		job.schedule();
		return job;
	}

	/** Validates a project's models, one job per project at a time. */
	static class ProjectValidationJob extends Job {
		private final IProject project;

		ProjectValidationJob(IProject project) {
			super("Validating GovModel models in " + project.getName());
			this.project = project;
			setRule(project);
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				ProjectValidation.run(project, monitor);
			} catch (RuntimeException e) {
				GovModelUiPlugin.log("Validating " + project.getName() + " failed", e);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == SaveValidation.class;
		}
	}
}
