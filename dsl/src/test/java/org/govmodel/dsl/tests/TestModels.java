package org.govmodel.dsl.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelLoader;

import com.google.inject.Inject;

/**
 * Parses model texts the way the tool does: through {@link ModelLoader}, the
 * pipeline every front end uses (the standard library, the global name index,
 * the rule settings), each text a file of its own in a folder under
 * {@code target/} that no {@code govmodel.json} applies to.
 */
public class TestModels {

	private static final Path FOLDER = Path.of("target", "test-models").toAbsolutePath();

	@Inject
	private ModelLoader loader;

	@Inject
	private IResourceValidator validator;

	/** Parses the texts as files m0.govmodel, m1.govmodel, ... and returns their models. */
	public List<Model> parse(String... texts) {
		return parse(Language.EN, texts);
	}

	/** Parses the texts as {@link #parse(String...)} does, with diagnostics written in the language. */
	public List<Model> parse(Language language, String... texts) {
		Map<Path, String> files = new LinkedHashMap<>();
		for (int i = 0; i < texts.length; i++) {
			files.put(FOLDER.resolve("m" + i + ".govmodel"), texts[i]);
		}
		LoadedModels loaded = loader.load(List.copyOf(files.keySet()),
				file -> new ByteArrayInputStream(files.get(file).getBytes(StandardCharsets.UTF_8)), language);
		if (!loaded.unreadable().isEmpty()) {
			throw new IllegalStateException(loaded.unreadable().get(0).toLine());
		}
		return loaded.files().stream().map(LoadedModels.ModelFile::model).toList();
	}
	public Model parseOne(String text) {
		return parse(text).get(0);
	}

	/** All issues of the model's file (syntax, linking, validation). */
	public List<Issue> issues(Model model) {
		return validator.validate((XtextResource) model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Issues as "line:col severity code message" lines, for readable assertion failures. */
	public String describe(List<Issue> issues) {
		return issues.stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getCode() + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}

	/** The errors of the model's file: syntax, linking and error-severity rules. */
	public List<Issue> errors(Model model) {
		return issues(model).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
	}

	public void assertNoErrors(Model model) {
		List<Issue> errors = errors(model);
		if (!errors.isEmpty()) {
			throw new AssertionError("expected no errors, got:\n" + describe(errors));
		}
	}

	public void assertNoIssues(Model model) {
		List<Issue> issues = issues(model);
		if (!issues.isEmpty()) {
			throw new AssertionError("expected no issues, got:\n" + describe(issues));
		}
	}
}
