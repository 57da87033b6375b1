package org.govmodel.dsl.loading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.validation.RuleSettings;

/**
 * The user's model files loaded together (with the standard library) into one
 * resource set, so that references resolve across them.
 *
 * @param resourceSet the resource set, holding the library too
 * @param files       the user's files that could be read, in path order
 * @param unreadable  files that could not be read, as diagnostics
 */
public record LoadedModels(XtextResourceSet resourceSet, List<ModelFile> files, List<ModelDiagnostic> unreadable) {

	/** A user's file and its parsed resource. */
	public record ModelFile(Path path, String display, XtextResource resource) {
		public Model model() {
			return resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
		}
	}

	/**
	 * The {@code govmodel.json} of the run, for what a run decides once (the report language): the
	 * one that applies to the first file in path order.
	 */
	public Optional<Path> settingsFile() {
		RuleSettings settings = RuleSettings.of(resourceSet);
		return files.stream().map(file -> settings.fileOf(file.resource())).filter(path -> path != null).findFirst().flatMap(settings::settingsFileOf);
	}

	public Stream<Model> models() {
		return files.stream().map(ModelFile::model).filter(m -> m != null);
	}
}
