package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The good corpus: realistic, coherent models of different shapes (a unitary
 * state, a federal state whose province reuses a national solution, one body
 * holding two tiers, a yearly history, a framework of the jurisdiction's own)
 * that must validate without a single diagnostic. A warning here is a false
 * alarm of a rule. Each folder is one model, its files loaded together.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class GoodCorpusTest {

	private static final Path CORPUS = Path.of("src/test/resources/good-corpus");

	@Inject
	private TestModels models;

	static Stream<String> shapes() throws IOException {
		try (Stream<Path> folders = Files.list(CORPUS)) {
			return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shapes")
	void validatesWithoutDiagnostics(String shape) throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(CORPUS.resolve(shape))) {
			files = listed.filter(p -> p.toString().endsWith(".govmodel")).sorted().toList();
		}
		assertTrue(!files.isEmpty(), "no model in " + shape);
		String[] texts = files.stream().map(GoodCorpusTest::read).toArray(String[]::new);
		List<Model> parsed = models.parse(texts);
		List<String> findings = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			List<Issue> issues = models.issues(parsed.get(i));
			if (!issues.isEmpty()) {
				findings.add(files.get(i).getFileName() + ":\n" + models.describe(issues));
			}
		}
		assertEquals(List.of(), findings);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
