package org.govmodel.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.tests.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Xtext passes over a null pointer thrown by a check; GovModel's validators throw it on when the file has no
 * errors, so that the file is reported as not checked completely instead of passing with a rule skipped.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class CheckFailuresTest {

	@Inject
	private TestModels models;

	@Test
	void aNullPointerInACheckOfAFileWithoutErrorsIsThrownOn() {
		Model clean = models.parseOne("operational institution agency \"Agency\" agency public\n");
		assertTrue(clean.eResource().getErrors().isEmpty(), clean.eResource().getErrors().toString());
		NullPointerException defect = new NullPointerException("a rule's defect");
		assertSame(defect, assertThrows(NullPointerException.class, () -> CheckFailures.rethrowIfADefect(defect, clean.getElements().get(0))));
	}

	@Test
	void aNullPointerInACheckOfAnIncompleteFileIsLeftToXtext() {
		Model broken = models.parseOne("operational institution agency \"Agency\" agency public {\n    under\n");
		assertFalse(broken.eResource().getErrors().isEmpty(), "the file has a syntax error");
		assertDoesNotThrow(() -> CheckFailures.rethrowIfADefect(new NullPointerException(), broken));
		assertDoesNotThrow(() -> CheckFailures.rethrowIfADefect(new NullPointerException(), null));
	}

	@Test
	void otherFailuresAreLeftToXtext() {
		Model clean = models.parseOne("operational institution agency \"Agency\" agency public\n");
		assertDoesNotThrow(() -> CheckFailures.rethrowIfADefect(new IllegalStateException(), clean));
	}
}
