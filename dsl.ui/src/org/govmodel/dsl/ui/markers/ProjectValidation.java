package org.govmodel.dsl.ui.markers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.loading.SettingsLayer;
import org.govmodel.dsl.ui.model.ProjectModel;
import org.govmodel.dsl.validation.RuleSettings;

/** Markers for models of a project's {@link ProjectModel}, and for the settings files that apply to them. */
public final class ProjectValidation {

	private ProjectValidation() {
	}

	/**
	 * Every model of the project, and its settings files.
	 *
	 * @param pending the job's pending work: the files the model's refresh reports for checking are checked here
	 *        with all the others, not a second time
	 */
	public static void run(ProjectModel model, PendingValidation pending, IProgressMonitor monitor) {
		pending.covered(model.refresh().toValidate());
		List<IFile> files = model.files();
		run(model, files, monitor);
		if (!monitor.isCanceled()) {
			markSettingsFiles(model, files, monitor);
		}
	}

	/**
	 * The given models of the project, one at a time (a request may run between two). A file whose check fails
	 * (a bug, logged) keeps its markers, and the files after it are still checked; a cancellation, or a model that
	 * cannot be loaded, stops them all.
	 */
	public static void run(ProjectModel model, Collection<IFile> files, IProgressMonitor monitor) {
		OperationCanceledManager cancels = GovModelUiPlugin.get(OperationCanceledManager.class);
		for (IFile file : files) {
			if (monitor.isCanceled()) {
				return;
			}
			try {
				List<Issue> issues = model.validate(file, monitor::isCanceled);
				if (issues != null) {
					ProblemMarkers.replace(file, issues, monitor);
				}
			} catch (RuntimeException | StackOverflowError e) {
				if (cancels.isOperationCanceledException(e) || !model.isLoaded()) {
					// cancelled; or the model itself could not be loaded, and no other file can be checked without it
					throw e;
				}
				GovModelUiPlugin.log("Validating " + file.getFullPath() + " failed", e);
			}
		}
	}

	/** GOV-CONFIG-001 markers on every govmodel.json that applies to the project's models (what it sets that is not a rule or a severity). */
	private static void markSettingsFiles(ProjectModel model, List<IFile> models, IProgressMonitor monitor) {
		Map<IFile, List<Issue>> settingsIssues = model.readAll(resourceSet -> {
			RuleSettings settings = RuleSettings.of(resourceSet);
			for (IFile file : models) {
				if (file.getLocation() != null) {
					settings.layerOf(file.getLocation().toPath());
				}
			}
			Map<IFile, List<Issue>> result = new LinkedHashMap<>();
			for (SettingsLayer layer : settings.layersRead()) {
				IFile settingsFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(layer.file()));
				if (settingsFile != null) {
					result.put(settingsFile, layer.issues());
				}
			}
			return result;
		});
		settingsIssues.forEach((file, issues) -> ProblemMarkers.replace(file, issues, monitor));
	}
}
