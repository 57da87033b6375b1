package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Realistic mistakes a new modeller makes in a copy of the Córdoba example,
 * each with the first message they must see (line and text), and no
 * knock-on warnings about elements the parser had to invent.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class MistakesCorpusTest {

	@Inject
	private TestModels models;

	static Stream<Arguments> mistakes() {
		return Stream.of(
				Arguments.of("a swapped letter in a reference", "    under secGD\n", "    under secDG\n", 62,
						"Unknown body, unit or authority 'secDG': did you mean 'secGD'?"),
				Arguments.of("a keyword typo inside a solution", "    owner agencia.identidad\n    legal basis ley10618\n",
						"    onwer agencia.identidad\n    legal basis ley10618\n", 79, "'onwer' is not a keyword of this solution: did you mean 'owner'?"),
				Arguments.of("a mistyped library solution kind", "solution cidi digital-identity", "solution cidi digital-identiy", 78,
						"Unknown solution kind 'digital-identiy': did you mean 'digital-identity'?"),
				Arguments.of("an unclosed quote", "unit mesa \"Mesa de ayuda a instituciones y ciudadanos\"", "unit mesa \"Mesa de ayuda a instituciones y ciudadanos", 71,
						"This quoted text is not closed: add the closing \" on the line where it starts"),
				Arguments.of("a missing closing brace", "        transparency publishes-reports\n    }\n", "        transparency publishes-reports\n", 55,
						"Expected '}' before 'cio'. The autonomy block opened on line 50 is not closed: add its `}`."),
				Arguments.of("a note for readers without `//`", "solution cidi digital-identity", "Nota: revisar con la Secretaría\nsolution cidi digital-identity", 78,
						"'Nota' cannot begin a declaration. A model is a list of declarations, each starting with its keyword"),
				Arguments.of("an import after the declarations", "solution cidi digital-identity", "import costarica.*\nsolution cidi digital-identity", 78,
						"'import' belongs at the top of the file: the namespace and the imports come before the first declaration."),
				Arguments.of("a clause written twice", "    chair minCoord\n    members minCoord, minFin, minCyT, camTic, unc\n",
						"    chair minCoord\n    members minCoord, minFin, minCyT, camTic, unc\n    chair minFin\n", 41,
						"This block states `chair` twice: keep one (the first is on line 39)."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void theFirstErrorSaysWhatToDo(String mistake, String correct, String broken, int line, String message) throws IOException {
		String example = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		assertTrue(example.contains(correct), "the example no longer contains the text this case breaks: " + correct);
		List<Issue> issues = models.issues(models.parseOne(example.replaceFirst(java.util.regex.Pattern.quote(correct), java.util.regex.Matcher.quoteReplacement(broken))));
		Issue first = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).min(Comparator.comparingInt(Issue::getOffset))
				.orElseThrow(() -> new AssertionError("no error for " + mistake + ":\n" + models.describe(issues)));
		assertEquals(line, first.getLineNumber(), models.describe(issues));
		assertTrue(first.getMessage().startsWith(message), first.getMessage());
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("'?'")), "a rule judged an element the parser invented:\n" + models.describe(issues));
	}

	@org.junit.jupiter.api.Test
	void clausesMayFollowTheAuthoritiesUnitsAndBoardsOfABlock() throws IOException {
		String example = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		String clause = "    core areas digital-government, digital-skills, digital-infrastructure\n";
		String authority = "    cto \"Director de Tecnología\" rank director answers to secGD.cio\n";
		String reordered = example.replace(clause, "").replace(authority, authority + clause);
		assertTrue(!reordered.equals(example));
		models.assertNoErrors(models.parseOne(reordered));
	}
}
