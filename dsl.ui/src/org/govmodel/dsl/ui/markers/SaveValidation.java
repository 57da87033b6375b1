package org.govmodel.dsl.ui.markers;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.ui.GovModelFiles;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ProjectModel;

/**
 * Keeps markers right when files change outside the edited document: a model
 * saved, added, removed or changed on disk, an editor closed without saving, a
 * project's {@code govmodel.json} changed. A project with a loaded
 * {@link ProjectModel} is brought up to date, and the files the change parsed
 * anew or affected are validated again (not the whole project); a project
 * without one, or whose settings changed, is validated whole.
 * <p>
 * Each project has one validation job at a time; it holds no scheduling rule
 * (the model's own lock orders it with the editors' requests) and validates
 * one file per turn of that lock.
 */
public class SaveValidation implements IResourceChangeListener, IFileBufferListener {

	private static final Map<IProject, ProjectValidationJob> JOBS = new HashMap<>();

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
			if (event.getResource() instanceof IProject project) {
				snapshots().release(project);
				ProjectValidationJob job;
				synchronized (JOBS) {
					job = JOBS.remove(project);
				}
				if (job != null) {
					// a project closed or deleted needs no markers; a run still under way must not write the old
					// project's findings on the files of a new one of the same name
					job.cancel();
				}
			}
			return;
		}
		Map<IProject, Boolean> settingsChanged = new LinkedHashMap<>();
		Set<IProject> membersChanged = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				boolean settings = SettingsFile.NAME.equals(resource.getName());
				boolean relevant = GovModelFiles.isModel(resource) || settings;
				boolean added = delta.getKind() != IResourceDelta.CHANGED;
				boolean changed = added || (delta.getFlags() & IResourceDelta.CONTENT) != 0;
				if (resource.getType() == IResource.FILE && relevant && changed) {
					settingsChanged.merge(resource.getProject(), settings, Boolean::logicalOr);
					if (added) {
						membersChanged.add(resource.getProject());
					}
				}
				return true;
			});
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot read a workspace change", e);
		}
		settingsChanged.forEach((project, settings) -> {
			if (!project.isAccessible()) {
				return;
			}
			ProjectModel model = snapshots().existingModelOf(project);
			if (settings || model == null) {
				snapshots().release(project);
				schedule(project);
			} else {
				if (membersChanged.contains(project)) {
					model.membersChanged();
				}
				job(project).refresh();
			}
		});
	}

	/** An editor closed: its unsaved text, which the other models were checked against, is gone. */
	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		IPath location = buffer.getLocation();
		if (location != null && location.segmentCount() > 1 && GovModelFiles.EXTENSION.equals(location.getFileExtension())) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(location.segment(0));
			if (project.isAccessible() && snapshots().existingModelOf(project) != null) {
				job(project).refresh();
			}
		}
	}

	/** Validates every model of the project (and its settings files). */
	public static Job schedule(IProject project) {
		ProjectValidationJob job = job(project);
		job.validateAll();
		return job;
	}

	/** Validates the files again (an update of the project's model parsed them anew or found them affected). */
	public static void validate(IProject project, Collection<IFile> files) {
		job(project).validate(files);
	}

	private static ProjectValidationJob job(IProject project) {
		synchronized (JOBS) {
			return JOBS.computeIfAbsent(project, ProjectValidationJob::new);
		}
	}

	private static ModelSnapshots snapshots() {
		return GovModelUiPlugin.get(ModelSnapshots.class);
	}

	/** The project's validation: what to do is collected ({@link PendingValidation}) and done one step at a time. */
	static class ProjectValidationJob extends Job {
		private final IProject project;
		private final PendingValidation pending = new PendingValidation();

		ProjectValidationJob(IProject project) {
			super("Validating GovModel models in " + project.getName());
			this.project = project;
			setSystem(true);
		}

		void validateAll() {
			pending.all();
			schedule();
		}

		void refresh() {
			pending.refresh();
			schedule();
		}

		void validate(Collection<IFile> changed) {
			pending.files(changed);
			schedule();
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			OperationCanceledManager cancels = GovModelUiPlugin.get(OperationCanceledManager.class);
			if (!project.isAccessible()) {
				return Status.OK_STATUS; // closed or deleted before the job started: no model to load, no markers to write
			}
			try {
				ProjectModel model = snapshots().modelOf(project);
				PendingValidation.Step step;
				while (!monitor.isCanceled() && project.isAccessible() && (step = pending.next()) != null) {
					try {
						if (step instanceof PendingValidation.Files files) {
							ProjectValidation.run(model, files.files(), monitor);
						} else if (step instanceof PendingValidation.Refresh) {
							model.refresh(); // reports what it parsed anew and affected, which comes back here as files to validate
						} else {
							ProjectValidation.run(model, pending, monitor);
						}
					} catch (RuntimeException | StackOverflowError e) {
						if (cancels.isOperationCanceledException(e)) {
							throw e;
						}
						// one step failed (logged): the steps after it still run, so one bad file leaves no other file stale
						GovModelUiPlugin.log("Validating " + project.getName() + " failed", e);
					}
				}
			} catch (RuntimeException | OperationCanceledError e) {
				// cancelled (the workbench is closing, the job was cancelled): the markers of the files not reached stay as they were
				if (!cancels.isOperationCanceledException(e)) {
					GovModelUiPlugin.log("Validating " + project.getName() + " failed", e);
				}
			} finally {
				// done, cancelled or failed: the model stays only for an open editor
				snapshots().releaseIfUnused(project);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == SaveValidation.class;
		}
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
	}
}
