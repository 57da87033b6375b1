package org.govmodel.dsl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.formatting2.ModelTextFormatter;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.validation.Rules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Injector;

/**
 * Coverage-guided fuzz targets for the language (Jazzer). Without
 * {@code JAZZER_FUZZ} they run as regression tests over the committed inputs
 * in {@code src/test/resources/org/govmodel/dsl/fuzz/ModelFuzzTestInputs/<target>/}
 * (the seed corpus and every crasher found); {@code bench/fuzz.sh} fuzzes one
 * target for a given time. See docs/reliability.md.
 */
class ModelFuzzTest {

	private static final Injector INJECTOR = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
	private static final IResourceValidator VALIDATOR = INJECTOR.getInstance(IResourceValidator.class);
	private static final ModelTextFormatter FORMATTER = INJECTOR.getInstance(ModelTextFormatter.class);
	private static final XtextResourceSet RESOURCES = withLibrary();

	private static XtextResourceSet withLibrary() {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		INJECTOR.getInstance(StandardLibrary.class).loadInto(resourceSet);
		return resourceSet;
	}

	/** Any bytes as a model file: parsed, linked and validated without exception, every issue located and named. */
	@FuzzTest(maxExecutions = 2000, maxDuration = "3m")
	void parseLinkValidate(byte[] file) {
		XtextResource resource = load(file);
		try {
			assertLocated(validate(resource));
		} finally {
			RESOURCES.getResources().remove(resource);
		}
	}

	/**
	 * Any text without syntax errors: formatting it gives a text without syntax
	 * errors, that formatting leaves unchanged, and that validates the same.
	 */
	@FuzzTest(maxExecutions = 2000, maxDuration = "3m")
	void format(byte[] file) {
		XtextResource original = load(file);
		try {
			if (!original.getErrors().isEmpty()) {
				return;
			}
			List<String> before = ruleIds(validate(original));
			String once = FORMATTER.format(original);
			XtextResource formatted = load(once.getBytes(StandardCharsets.UTF_8));
			try {
				assertEquals(List.of(), formatted.getErrors().stream().map(e -> e.getMessage()).toList(), once);
				assertEquals(once, FORMATTER.format(formatted), "formatting is idempotent");
				RESOURCES.getResources().remove(original);
				assertEquals(before, ruleIds(validate(formatted)), "the formatted model validates the same");
			} finally {
				RESOURCES.getResources().remove(formatted);
			}
		} finally {
			RESOURCES.getResources().remove(original);
		}
	}

	private static int loaded;

	private static XtextResource load(byte[] bytes) {
		XtextResource resource = (XtextResource) RESOURCES.createResource(URI.createURI("memory:/fuzz" + loaded++ + ".govmodel"));
		try {
			resource.load(new ByteArrayInputStream(bytes), RESOURCES.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static List<Issue> validate(XtextResource resource) {
		return VALIDATOR.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static List<String> ruleIds(List<Issue> issues) {
		return issues.stream().map(i -> Rules.idOf(i.getCode())).sorted().toList();
	}

	private static void assertLocated(List<Issue> issues) {
		for (Issue issue : issues) {
			assertNotNull(issue.getLineNumber(), issue::toString);
			assertTrue(issue.getLineNumber() >= 1 && issue.getColumn() >= 1, issue::toString);
			assertNotNull(Rules.idOf(issue.getCode()), issue::toString);
			// CompleteResourceValidator's failure issue; matched by rule and prefix, since model text can
			// put any words into a message (the fuzzer did: crash-2de19513 names a code "2.could not be checked completely")
			assertFalse(Rules.UNREADABLE_FILE.equals(issue.getCode()) && issue.getMessage().startsWith("The file could not be checked completely"),
					issue::toString);
		}
	}
}
