package org.govmodel.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.tests.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * A clause that holds one value, written twice in a block, is an error on the second: otherwise the last would
 * silently win. Every such clause of bodies and projects, in a copy of the Córdoba example; a board's chair inside a
 * body is the board's, not a second chair of the body.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ClausesWrittenTwiceTest {

	@Inject
	private TestModels models;

	static Stream<Arguments> clauses() {
		return Stream.of(Arguments.of("chair", "    chair minCoord\n", "    chair minFin\n"),
				Arguments.of("reports to", "    reports to comision\n", "    reports to comision\n"),
				Arguments.of("under", "    under secGD\n", "    under secGD\n"),
				Arguments.of("autonomy", "        transparency publishes-reports\n    }\n",
						"    autonomy {\n        operational-independence full\n    }\n"),
				Arguments.of("owner", "    owner agencia\n    delivers personal-files\n", "    owner secGD\n"),
				Arguments.of("delivers", "    delivers personal-files\n", "    delivers personal-files\n"),
				Arguments.of("budget", "    budget 850000 USD\n", "    budget 900000 USD\n"),
				Arguments.of("from", "    from 2024-03 to 2025-12\n", "    from 2024-04 to 2025-12\n"),
				Arguments.of("status", "    status approved\n", "    status approved\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clauses")
	void theSecondIsAnError(String keyword, String clause, String again) throws IOException {
		String example = example();
		int at = example.indexOf(clause);
		assertTrue(at >= 0, "the example no longer has " + clause);
		String twice = example.substring(0, at + clause.length()) + again + example.substring(at + clause.length());
		int secondLine = (int) example.substring(0, at + clause.length()).lines().count() + 1;
		List<Issue> twiceErrors = models.issues(models.parseOne(twice)).stream().filter(i -> Rules.SYNTAX.equals(i.getCode())).toList();
		assertEquals(1, twiceErrors.size(), models.describe(twiceErrors));
		Issue error = twiceErrors.get(0);
		assertEquals(secondLine, error.getLineNumber(), models.describe(twiceErrors));
		assertTrue(error.getMessage().startsWith("This block states `" + keyword + "` twice"), error.getMessage());
	}

	@Test
	void aBoardsChairIsNotASecondChairOfItsBody() throws IOException {
		String example = example();
		assertTrue(example.contains("    board \"Directorio de la Agencia\" {\n        chair minCoord\n"));
		models.assertNoErrors(models.parseOne(example.replace("    under secGD\n", "    under secGD\n    chair minFin\n")));
	}

	private static String example() throws IOException {
		return Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
	}
}
