package org.govmodel.dsl.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.loading.SettingsLayer;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelTexts;
import org.govmodel.dsl.ui.model.ModelValidation;

/** Markers for every model of a project, all loaded together once, and for the settings files that apply to them. */
public final class ProjectValidation {

	private ProjectValidation() {
	}

	public static void run(IProject project, IProgressMonitor monitor) {
		List<IFile> models = ModelSnapshots.projectModels(project);
		if (models.isEmpty()) {
			return;
		}
		ModelSnapshot snapshot;
		try {
			snapshot = GovModelUiPlugin.get(ModelSnapshots.class).of(models.get(0), ModelTexts.current(models.get(0)));
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot read " + models.get(0).getFullPath(), e);
			return;
		}
		ModelValidation validation = GovModelUiPlugin.get(ModelValidation.class);
		for (IFile file : models) {
			if (monitor.isCanceled()) {
				return;
			}
			Resource resource = snapshot.resourceSet().getResource(ModelSnapshots.uriOf(file), false);
			if (resource instanceof XtextResource xtext) {
				ProblemMarkers.replace(file, validation.validate(xtext, monitor::isCanceled));
			}
		}
		markSettingsFiles(snapshot, models);
	}

	/** GOV-CONFIG-001 markers on every govmodel.json that applies to the project's models (what it sets that is not a rule or a severity). */
	private static void markSettingsFiles(ModelSnapshot snapshot, List<IFile> models) {
		RuleSettings settings = RuleSettings.of(snapshot.resourceSet());
		for (IFile file : models) {
			if (file.getLocation() != null) {
				settings.layerOf(file.getLocation().toPath());
			}
		}
		for (SettingsLayer layer : settings.layersRead()) {
			IFile settingsFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(layer.file()));
			if (settingsFile != null) {
				ProblemMarkers.replace(settingsFile, layer.issues());
			}
		}
	}
}
