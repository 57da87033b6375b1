package org.govmodel.dsl.ide.preview;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.ReportLanguage;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.ide.server.ClientLanguage;

import com.google.inject.Inject;

/**
 * The language the preview draws a file in: the one {@code govmodel generate} would publish the
 * file's jurisdiction in, decided by {@link ReportLanguage} with the editor's {@code govmodel.language}
 * setting as the run's explicit choice (as {@code --lang} is on the command line), then the
 * {@code language} the jurisdiction declares, then the file's {@code govmodel.json} (found as every front end finds it). Only when
 * none of them names a language does the preview differ from {@code generate}: it takes the editor's
 * display language rather than English, since a preview has one reader and that reader chose it.
 * <p>
 * The declarations read are those of the file and of the jurisdiction it describes (the pictures'
 * subject), not of every file of the workspace: a folder of several countries is previewed country by country.
 */
public class PreviewLanguage {

	@Inject
	private ReportLanguage reportLanguage;

	@Inject
	private GovernanceViews views;

	/**
	 * @param editor the editor's languages (its setting and display language)
	 */
	public Language of(Model model, ClientLanguage.Choice editor) {
		Resource resource = model.eResource();
		if (resource == null || !(resource.getResourceSet() instanceof XtextResourceSet resourceSet)) {
			return editor.language();
		}
		Set<Resource> declaring = new LinkedHashSet<>();
		declaring.add(resource);
		views.viewOf(model).subject().map(jurisdiction -> jurisdiction.eResource()).filter(r -> r != null).ifPresent(declaring::add);
		List<LoadedModels.ModelFile> files = declaring.stream().filter(XtextResource.class::isInstance).map(XtextResource.class::cast)
				.map(r -> new LoadedModels.ModelFile(path(r.getURI()), ModelFiles.display(r.getURI()), r)).toList();
		LoadedModels models = new LoadedModels(resourceSet, files, List.of());
		ReportLanguage.Decision decision = decide(editor.setting(), models, models.settingsFile());
		return decision.source() == ReportLanguage.Source.DEFAULT ? editor.locale() : decision.language();
	}

	private ReportLanguage.Decision decide(Optional<Language> setting, LoadedModels models, Optional<Path> settings) {
		try {
			return reportLanguage.decide(setting, models, settings);
		} catch (SettingsFile.InvalidSettingsException e) {
			// the project's diagnostics already say what is wrong with govmodel.json; the preview goes on without it
			return decide(setting, models, Optional.empty());
		}
	}

	private static Path path(URI uri) {
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}
}
