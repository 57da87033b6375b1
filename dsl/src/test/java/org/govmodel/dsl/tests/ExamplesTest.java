package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.validation.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The bundled examples: free of errors, and Córdoba shows what a reviewer of its 2023 situation would point out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ExamplesTest {

	@Inject
	private TestModels models;

	private Model example(String name) throws IOException {
		return models.parseOne(Files.readString(Path.of("../examples", name), StandardCharsets.UTF_8));
	}

	private List<String> findings(Model model) {
		return models.issues(model).stream().map(i -> i.getSeverity() + " " + Rules.idOf(i.getCode()) + " line " + i.getLineNumber()).toList();
	}

	@Test
	void cordobaShowsTheWeaknessesOfIts2023Situation() throws IOException {
		Model cordoba = example("cordoba-2023.govmodel");
		List<Issue> issues = models.issues(cordoba);
		assertEquals(List.of(
				// the commission that leads the strategy has no legal standing (1.1.4 scored 2)
				"WARNING GOV-TIER-006 line 38",
				// the Secretariat shares another ministry's budget
				"WARNING GOV-AUTO-002 line 53",
				// the agency's autonomy is not stated at all
				"WARNING GOV-AUTO-001 line 60"), findings(cordoba), models.describe(issues));
	}

	@Test
	void theStarterModelIsCleanSoThatNewUsersStartWithoutWarnings() throws IOException {
		models.assertNoIssues(example("starter.govmodel"));
	}

	@Test
	void costaRicaHasNoErrors() throws IOException {
		models.assertNoErrors(example("costa-rica.govmodel"));
	}
}
