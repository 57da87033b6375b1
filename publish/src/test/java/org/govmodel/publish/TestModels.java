package org.govmodel.publish;

import java.nio.file.Path;
import java.util.List;

import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;

import com.google.inject.Injector;

/** The project's examples and the test models, loaded and checked the way `govmodel generate` does. */
public final class TestModels {

	public static final Injector INJECTOR = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();

	/** The examples folder: the build passes it; from an IDE the module's parent's. */
	public static final Path EXAMPLES = Path.of(System.getProperty("govmodel.examples", "../examples"));

	/** A model that pushes the layouts: long Spanish and Portuguese names, 40 members, 25 solutions, 9 long components. */
	public static final Path STRESS = Path.of("src/test/resources/stress");

	private TestModels() {
	}

	/** Each example file with the files it needs (the examples folder is one project). */
	static List<Model> examples() {
		return load(EXAMPLES);
	}

	static List<Model> stress() {
		return load(STRESS);
	}

	/** The models of the folder with their findings, as the command line checks them; errors are a defect of the test. */
	public static ModelLoader.Checked check(Path folder) throws ModelFiles.UnreadablePathException {
		ModelLoader.Checked checked = INJECTOR.getInstance(ModelLoader.class).check(ModelFiles.collect(List.of(folder)), List.of());
		List<ModelDiagnostic> errors = checked.diagnostics().stream().filter(ModelDiagnostic::isError).toList();
		if (!errors.isEmpty()) {
			throw new AssertionError("the test models have errors: " + errors.get(0).toLine());
		}
		return checked;
	}

	static List<Model> load(Path folder) {
		try {
			return check(folder).models().models().toList();
		} catch (ModelFiles.UnreadablePathException e) {
			throw new IllegalStateException(e);
		}
	}

	public static <T> T get(Class<T> type) {
		return INJECTOR.getInstance(type);
	}
}
