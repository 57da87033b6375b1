package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Model text and file names that would act on a terminal, a CI log or a URI parser (escape sequences, bells, line
 * breaks, U+2028/U+2029, bidirectional overrides, {@code %}, {@code #}) reach every command's output shown, never
 * acted on: escaped once, by the output's own escaping, as the text format's diagnostics show them.
 */
class HostileTextInTerminalsTest {

	/** Characters a terminal or log viewer acts on: none may reach one raw. */
	private static final String ACTIVE = "\u001b\u0007\r\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

	private static final String TITLE = "Min\u001b[2J\u001b]0;PWN\u0007 \nFin\u2028x\u202e";

	/** The file names of the audit, and others a URI or a workflow command must not misread. */
	private static final List<String> NAMES = List.of("e\u001b[31mvil\n%20 #x.govmodel", "a b.govmodel", "100%.govmodel", "q?x&y=1.govmodel",
			"colon:and,comma.govmodel", "back\\slash.govmodel", "ñandú 😀.govmodel", "bidi\u202eledomvog.govmodel", "sep\u2028line.govmodel");

	@TempDir
	Path folder;

	private static void assertNoActiveCharacters(String output) {
		for (char c : ACTIVE.toCharArray()) {
			assertEquals(-1, output.indexOf(c), () -> String.format("U+%04X reaches the output:%n%s", (int) c, output));
		}
	}

	private Path starterWithTitle(String title) throws IOException {
		String starter = Files.readString(Path.of("../examples/starter.govmodel"), StandardCharsets.UTF_8);
		return Files.writeString(folder.resolve("model.govmodel"), starter.replace("\"Ministry of Finance\"", "\"" + title + "\""));
	}

	/** Regression: the title's ESC and BEL reached the terminal git shows the listing in, and its line break forged a fact. */
	@Test
	void textconvWritesOneLinePerFactWithControlsVisible() throws IOException {
		String model = "\"Min\\u001b[2J\\u001b]0;PWN\\u0007 \\nFin\\u2028x\\u202e\"";
		CliRun run = CliRun.of("diff", "--textconv", starterWithTitle(model.substring(1, model.length() - 1)).toString());
		assertEquals(0, run.exit(), run.err());
		assertNoActiveCharacters(run.out());
		assertTrue(run.out().contains("\nminFinance  title: Min\\u001B[2J\\u001B]0;PWN\\u0007 \\nFin\\u2028x\\u202E\n"), run.out());
		List<String> elements = run.out().lines().filter(line -> line.matches("\\S+ \\([a-z-]+\\)")).map(line -> line.substring(0, line.indexOf(' ') + 1))
				.toList();
		assertTrue(elements.contains("minFinance "), run.out());
		assertEquals(List.of(), run.out().lines().filter(line -> !line.startsWith("finding ") && elements.stream().noneMatch(line::startsWith)).toList(),
				"every line is a fact of an element or a finding");
	}

	/** Regression: {@code ::error …::'"^[[2J^[]0;x^G"' cannot begin…} with the escapes raw, in a CI log. */
	@Test
	void githubAnnotationsShowControlCharactersAsTheTextFormatDoes() throws IOException {
		Path file = Files.writeString(folder.resolve("e\u001b[31mvil\u2028.govmodel"), "jurisdiction x \"X\" country\n\"\u001b[2J\u001b]0;x\u0007\"\n");
		CliRun github = CliRun.of("validate", "--format", "github", file.toString());
		CliRun text = CliRun.of("validate", file.toString());
		assertEquals(1, github.exit());
		assertNoActiveCharacters(github.out());
		String syntax = github.out().lines().filter(l -> l.contains("GOV-SYNTAX-001")).findFirst().orElseThrow();
		assertTrue(syntax.contains("::'\"\\u001B[2J\\u001B]0;x\\u0007\"' cannot begin a declaration"), syntax);
		assertTrue(syntax.startsWith("::error file=" + GithubAnnotations.property(file.toString()) + ","), syntax);
		assertTrue(syntax.contains("e\\u001B[31mvil\\u2028.govmodel,line=2,col=1,"), syntax);
		String shown = text.out().lines().filter(l -> l.contains("GOV-SYNTAX-001")).findFirst().orElseThrow();
		assertTrue(shown.contains("'\"\\u001B[2J\\u001B]0;x\\u0007\"' cannot begin a declaration"), "the same as the text format: " + shown);
	}

	/** Regression: the other file was shown percent-encoded ({@code e%1B%5B31mvil%0A…}), and encoded twice in the github format. */
	@Test
	void aNameDeclaredInTwoFilesNamesTheOtherFileAsTheUserKnowsIt() throws IOException {
		String name = NAMES.get(0);
		String model = "jurisdiction x \"X\" country\ninstitution minFin \"F\" ministry\n";
		Files.writeString(folder.resolve(name), model);
		Files.writeString(folder.resolve("ok.govmodel"), model);
		String shownName = folder.resolve(name).toString();
		CliRun text = CliRun.of("validate", folder.toString());
		String duplicate = text.out().lines().filter(l -> l.startsWith(folder.resolve("ok.govmodel") + ":2:") && l.contains("GOV-NAME-002")).findFirst()
				.orElseThrow();
		assertEquals(folder.resolve("ok.govmodel") + ":2:13: error: 'minFin' is also declared in " + shownName.replace("\u001b", "\\u001B").replace("\n", "\\n")
				+ ": rename one of them, or put the files in different namespaces. [GOV-NAME-002]", duplicate);
		CliRun github = CliRun.of("validate", "--format", "github", folder.toString());
		assertNoActiveCharacters(github.out());
		String annotation = github.out().lines().filter(l -> l.contains("file=" + GithubAnnotations.property(folder.resolve("ok.govmodel").toString()) + ",line=2"))
				.filter(l -> l.contains("GOV-NAME-002")).findFirst().orElseThrow();
		assertTrue(annotation.endsWith("::'minFin' is also declared in " + GithubAnnotations.data(shownName) + ": rename one of them, or put the files in different namespaces."),
				annotation);
		assertTrue(annotation.contains("\\u001B[31mvil\\n%2520 #x.govmodel: rename"), "encoded once: " + annotation);
		JsonNode json = new ObjectMapper().readTree(CliRun.of("validate", "--format", "json", folder.toString()).out());
		assertTrue(json.toString().contains("is also declared in " + new ObjectMapper().writeValueAsString(shownName).replaceAll("^\"|\"$", "")), json.toString());
	}

	/**
	 * SARIF locations are URI references: parsed back with java.net.URI and resolved against the base they are
	 * relative to (the working directory, %SRCROOT%), they name the file again. Files under the working directory
	 * give relative references, others absolute file: URIs.
	 */
	@Test
	void sarifLocationsAreUrisThatResolveToTheFiles() throws IOException, URISyntaxException {
		Path underWorkingDirectory = Files.createDirectories(Path.of("target")).toAbsolutePath();
		Path inside = Files.createTempDirectory(underWorkingDirectory, "sarif names ");
		try {
			for (Path base : List.of(inside, folder)) {
				List<Path> files = new ArrayList<>();
				for (String name : NAMES) {
					files.add(Files.writeString(Files.createDirectories(base.resolve("sub #1")).resolve(name), "jurisdiction x \"X\" country\nbroken\n"));
				}
				JsonNode log = new ObjectMapper().readTree(CliRun.of("validate", "--format", "sarif", base.toString()).out());
				URI root = new URI(log.at("/runs/0/originalUriBaseIds/SRCROOT/uri").asText());
				assertEquals(Path.of("").toAbsolutePath(), Path.of(root));
				List<Path> located = new ArrayList<>();
				for (JsonNode result : log.at("/runs/0/results")) {
					JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
					String uri = artifact.get("uri").asText();
					assertTrue(uri.chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII, no space or control character: " + uri);
					URI reference = new URI(uri);
					assertEquals(null, reference.getFragment(), uri);
					assertEquals(null, reference.getQuery(), uri);
					assertEquals(base == inside, !reference.isAbsolute(), uri);
					URI resolved = artifact.has("uriBaseId") ? root.resolve(reference) : reference;
					located.add(Path.of(resolved));
				}
				assertEquals(files.stream().sorted().toList(), located.stream().distinct().sorted().toList());
			}
		} finally {
			try (Stream<Path> walk = Files.walk(inside)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** score --format text: a framework's titles are model text too. */
	@Test
	void scoreTextEscapesTheFrameworksTitles() throws IOException {
		Path model = folder.resolve("framework.govmodel");
		Files.writeString(model, """
				jurisdiction x "X" country
				framework fw "Frame\\u001b[31mwork" {
				    scale 0 to 3 {
				        0 none "No\\u2029ne"
				        3 full "Full\\u0007"
				    }
				    aggregate weighted-mean
				    area 1 "Area\\u2028one" {
				        component 1.1 "Comp\\u202eonent" {
				            variable 1.1.1 "Vari\\u0007able" "What\\u001b[2J it measures."
				        }
				    }
				}
				assessment y of fw year 2024 {
				    1.1.1 = 3
				}
				""");
		CliRun run = CliRun.of("score", model.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertNoActiveCharacters(run.out());
		assertTrue(run.out().contains("Frame\\u001B[31mwork") && run.out().contains("Area\\u2028one") && run.out().contains("Full\\u0007"), run.out());
		assertFalse(run.hasStackTrace());
	}
}
