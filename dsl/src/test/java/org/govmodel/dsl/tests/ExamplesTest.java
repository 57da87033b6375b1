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
				// the Secretariat's appointments last exactly one administration and are political
				"WARNING GOV-AUTH-007 line 52",
				"WARNING GOV-AUTO-003 line 52",
				// the Secretariat shares another ministry's budget
				"WARNING GOV-AUTO-002 line 53",
				// so does its CIO's term
				"WARNING GOV-AUTH-007 line 56",
				// the agency's autonomy is not stated at all
				"WARNING GOV-AUTO-001 line 60"), findings(cordoba), models.describe(issues));
	}

	@Test
	void theStarterModelIsCleanSoThatNewUsersStartWithoutWarnings() throws IOException {
		models.assertNoIssues(example("starter.govmodel"));
	}

	@Test
	void costaRicaShowsOnlyRealFindings() throws IOException {
		Model costaRica = example("costa-rica.govmodel");
		assertEquals(List.of(
				"WARNING GOV-TIER-006 line 38",
				// the vice-ministry's autonomy and creating instrument are not stated, yet 1.2.4 is scored 3
				"WARNING GOV-AUTO-001 line 46",
				"WARNING GOV-INST-003 line 46",
				"WARNING GOV-AUTH-007 line 49",
				"WARNING GOV-CONS-003 line 156",
				"WARNING GOV-CONS-003 line 194",
				// personal files scored 3 without a personal-files solution
				"WARNING GOV-CONS-002 line 205"), findings(costaRica), models.describe(models.issues(costaRica)));
		// the CSIRT run by the ministry is a legitimate owner of cybersecurity (issue 18)
	}
}
