package org.govmodel.dsl.ui.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.ReportLanguage;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.i18n.UiMessages;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.Reports;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.generators.site.PageManifest;

import com.google.inject.Inject;

/**
 * "Generate reports" on files or folders: what {@code govmodel generate PATH -o
 * DIR} does (the same loader, each model's settings file, refusal on errors and report
 * families), writing into the project's {@value #FOLDER} folder.
 */
public class ReportGeneration {

	public static final String FOLDER = "reports";

	/**
	 * What happened: the folder written and its files, or why nothing was written; and what the user should know
	 * either way (how the reports' language was chosen when the models disagree on it, a settings file's bad language).
	 */
	public record Result(IFolder folder, List<String> files, List<String> problems, List<String> warnings) {
		public boolean written() {
			return problems.isEmpty();
		}
	}

	@Inject
	private ModelLoader loader;

	@Inject
	private Reports reports;

	@Inject
	private ReportLanguage reportLanguage;

	public Result generate(List<IResource> selection, IProgressMonitor monitor) throws CoreException {
		IProject project = selection.get(0).getProject();
		IFolder output = project.getFolder(FOLDER);
		List<Path> paths = selection.stream().map(IResource::getLocation).filter(l -> l != null).map(l -> l.toPath()).toList();
		List<String> problems = new ArrayList<>();
		try {
			List<Path> files = ModelFiles.collect(paths).stream().filter(file -> !isUnder(file, output)).toList();
			ModelLoader.Checked checked = loader.check(files, List.of(), null, GovModelUiPlugin.language());
			if (checked.unusableSettings().isPresent()) {
				throw checked.unusableSettings().get();
			}
			if (checked.hasErrors()) {
				checked.diagnostics().stream().filter(ModelDiagnostic::isError).map(ModelDiagnostic::toLine).forEach(problems::add);
				problems.add(UiMessages.get().text("generate.refused"));
				return new Result(output, List.of(), problems, List.of());
			}
			// the previous output's page manifest: a renamed body's old page leads to its new one, as with govmodel generate
			PageManifest previous = PageManifest.previous(null, output.getLocation().toPath()).manifest();
			// the reports' language as for govmodel generate without --lang: the jurisdiction's, else govmodel.json's, else English
			ReportLanguage.Decision decision = reportLanguage.decide(Optional.empty(), checked.models(), checked.models().settingsFile());
			Language language = decision.language();
			List<String> warnings = decision.diagnostics().stream().map(ModelDiagnostic::toLineWithoutSeverity).toList();
			Artifacts artifacts = reports.generate(checked.models().models().toList(), checked.diagnostics(), EnumSet.allOf(Reports.Output.class),
					new ReportOptions(language, ReportOptions.Audience.PUBLIC), previous);
			OutputFolder.replace(output.getLocation().toPath(), files, artifacts.files());
			output.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			return new Result(output, List.copyOf(artifacts.files().keySet()), List.of(), warnings);
		} catch (ModelFiles.UnreadablePathException | SettingsFile.InvalidSettingsException | OutputFolder.RefusedException e) {
			problems.add(e.message(GovModelUiPlugin.language()));
		} catch (IOException e) {
			problems.add(UiMessages.get().text("generate.cannotWrite", "folder", output.getFullPath().toString(), "reason", String.valueOf(e.getMessage())));
		}
		return new Result(output, List.of(), problems, List.of());
	}

	private static boolean isUnder(Path file, IFolder folder) {
		return folder.getLocation() != null && file.toAbsolutePath().startsWith(folder.getLocation().toPath());
	}
}
