package org.govmodel.generators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;

import com.google.inject.Injector;

/** Loads real model files the way the command line does, for generator tests. */
final class Fixtures {

	static final Injector INJECTOR = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();

	private Fixtures() {
	}

	static List<Model> load(Path... paths) {
		try {
			ModelLoader loader = INJECTOR.getInstance(ModelLoader.class);
			LoadedModels models = loader.load(ModelFiles.collect(List.of(paths)));
			List<ModelDiagnostic> errors = loader.validate(models).stream().filter(ModelDiagnostic::isError).toList();
			if (!errors.isEmpty()) {
				throw new AssertionError("fixture has errors: " + errors.get(0).toLine());
			}
			return models.models().toList();
		} catch (ModelFiles.UnreadablePathException e) {
			throw new IllegalStateException(e);
		}
	}

	static Path write(Path dir, String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	static <T> T get(Class<T> type) {
		return INJECTOR.getInstance(type);
	}
}
