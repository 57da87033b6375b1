package org.govmodel.dsl.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelTexts;
import org.govmodel.dsl.ui.model.ModelValidation;

/** Markers for every model of a project, all loaded together once. */
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
	}
}
