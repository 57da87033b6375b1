package org.govmodel.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.library.StandardLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses model texts the way the tool does: in one resource set with the
 * standard library, each text a file of its own.
 */
public class TestModels {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private StandardLibrary library;

	@Inject
	private IResourceValidator validator;

	/** Parses the texts as files m0.govmodel, m1.govmodel, ... and returns their models. */
	public List<Model> parse(String... texts) {
		return parse(Language.EN, texts);
	}

	/** Parses the texts as {@link #parse(String...)} does, with diagnostics written in the language. */
	public List<Model> parse(Language language, String... texts) {
		XtextResourceSet resourceSet = resourceSets.get();
		DiagnosticLanguage.set(resourceSet, language);
		library.loadInto(resourceSet);
		List<Model> models = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			Resource resource = resourceSet.createResource(URI.createURI("memory:/m" + i + ".govmodel"));
			try {
				resource.load(new StringInputStream(texts[i], "UTF-8"), resourceSet.getLoadOptions());
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
			models.add((Model) resource.getContents().get(0));
		}
		return models;
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
