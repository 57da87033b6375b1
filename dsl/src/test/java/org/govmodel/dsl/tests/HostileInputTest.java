package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.parser.DepthLimitedParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Broken and hostile files, loaded as the tools load them (files on disk,
 * {@link ModelLoader}): each gives located diagnostics, never an exception,
 * and one diagnostic per problem. One test per defect reported in issue 15.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class HostileInputTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path dir;

	private List<String> check(byte[] content) throws IOException {
		Path file = Files.write(dir.resolve("m.govmodel"), content);
		return loader.check(List.of(file), List.of()).diagnostics().stream()
				.map(d -> d.line() + ":" + d.column() + " " + d.ruleId() + " " + d.message()).toList();
	}

	private List<String> check(String content) throws IOException {
		return check(content.getBytes(StandardCharsets.UTF_8));
	}

	private static String rules(List<String> diagnostics) {
		return String.join("\n", diagnostics);
	}

	@Test
	void aCommentEndingInALoneCarriageReturnIsASyntaxErrorNotACrash() throws IOException {
		List<String> diagnostics = check("// c\r");
		assertEquals(1, diagnostics.size(), rules(diagnostics));
		assertTrue(diagnostics.get(0).startsWith("1:1 GOV-SYNTAX-001 A line ends with a carriage return alone"), rules(diagnostics));
	}

	/** Found by fuzzing (parseLinkValidate, 217,164 runs): a cut-short escape in a text where a name belongs. */
	@Test
	void aUnicodeEscapeCutShortIsASyntaxErrorNotACrash() throws IOException {
		List<String> misplaced = check("institution \"A \\uD08 \"0x miy\n");
		assertTrue(misplaced.stream().noneMatch(d -> d.contains("GOV-IO-001")), rules(misplaced));
		// after the syntax error, the parser's recovery places the escape's error near it, on the same line
		assertTrue(misplaced.stream().anyMatch(d -> d.startsWith("1:") && d.contains(" GOV-SYNTAX-001 A \\u escape in this quoted text is incomplete")),
				rules(misplaced));
		List<String> inPlace = check("institution a \"A \\uD08 x\"\n");
		assertEquals(List.of("1:18 GOV-SYNTAX-001 A \\u escape in this quoted text is incomplete: write \\u and four hexadecimal digits "
				+ "(for example \\u00E1 for á), or write the character itself."), inPlace);
	}

	@Test
	void aModelEndingInALoneCarriageReturnIsLocatedOnItsLastLine() throws IOException {
		List<String> diagnostics = check("institution a \"A\" ministry {\r");
		assertEquals(1, diagnostics.size(), rules(diagnostics));
		assertTrue(diagnostics.get(0).startsWith("1:") && diagnostics.get(0).contains("GOV-SYNTAX-001"), rules(diagnostics));
	}

	@Test
	void aByteOrderMarkIsAccepted() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] model = "institution a \"A\" ministry\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + model.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(model, 0, content, bom.length, model.length);
		assertEquals(List.of(), check(content));
	}

	@Test
	void bytesThatAreNotUtf8AreReportedOnceWhereTheyStart() throws IOException {
		byte[] content = "institution a \"A?\" ministry\ninstitution b \"B?\" ministry\n".getBytes(StandardCharsets.US_ASCII);
		content[16] = (byte) 0xFF;
		content[44] = (byte) 0xC3;
		List<String> diagnostics = check(content);
		assertEquals(List.of("1:17 GOV-IO-001 The file is not valid UTF-8: the bytes at offset 16 are not a UTF-8 character"
				+ " (and 1 more invalid byte sequences after it). Save the file as UTF-8."), diagnostics);
	}

	@Test
	void halfASurrogatePairInATitleIsReportedAtItsEscape() throws IOException {
		List<String> diagnostics = check("institution a \"Agency\" ministry\ninstitution b \"B \\uD800 x\" ministry\n");
		assertEquals(1, diagnostics.size(), rules(diagnostics));
		assertTrue(diagnostics.get(0).startsWith("2:18 GOV-SYNTAX-001 The text holds half a surrogate pair (\\uD800)"), rules(diagnostics));
	}

	@Test
	void aCompleteSurrogatePairIsAccepted() throws IOException {
		assertEquals(List.of(), check("institution a \"A \\uD83C\\uDFDB\" ministry\n"));
	}

	private static String nested(int units) {
		StringBuilder text = new StringBuilder("institution a \"A\" ministry {\n");
		for (int i = 0; i < units; i++) {
			text.append("unit u").append(i).append(" \"U\" {\n");
		}
		return text.append("}\n".repeat(units)).append("}\n").toString();
	}

	@Test
	void fiveThousandNestedUnitsAreOneErrorAtTheFirstBraceTooDeep() throws IOException {
		List<String> diagnostics = check(nested(5000));
		// the body's brace is level 1, so unit u99 on line 101 opens level 101
		assertEquals(1, diagnostics.size(), rules(diagnostics).substring(0, Math.min(2000, rules(diagnostics).length())));
		assertTrue(diagnostics.get(0).startsWith("101:14 GOV-SYNTAX-001 Blocks are nested more than " + DepthLimitedParser.MAX_DEPTH + " levels deep"),
				diagnostics.get(0));
	}

	@Test
	void nestingUpToTheLimitIsAccepted() throws IOException {
		assertEquals(List.of(), check(nested(DepthLimitedParser.MAX_DEPTH - 1)));
	}

	@Test
	void bracesInTextsAndCommentsDoNotCountAsNesting() throws IOException {
		String braces = "{".repeat(DepthLimitedParser.MAX_DEPTH + 5);
		assertEquals(List.of(), check("// " + braces + "\ninstitution a \"" + braces + "\" ministry\n"));
	}

	@Test
	void aCycleOfThreeBodiesIsReportedOnceWithItsMembersInOrder() throws IOException {
		List<String> diagnostics = check("""
				institution a "A" agency {
				    under b
				    reports to b
				}
				institution b "B" agency {
				    under c
				}
				institution c "C" agency {
				    reports to a
				}
				""");
		assertEquals(List.of("3:16 GOV-LINE-002 The lines of authority form a cycle (a -> b -> c -> a):"
				+ " remove one of them so that the chain ends at the top."), diagnostics);
	}

	@Test
	void theCycleIsReportedAtItsFirstDeclaredBodyWhicheverBodyTheFileStartsWith() throws IOException {
		List<String> diagnostics = check("""
				institution c "C" agency {
				    reports to a
				}
				institution b "B" agency {
				    under c
				}
				institution a "A" agency {
				    under b
				}
				""");
		assertEquals(List.of("2:16 GOV-LINE-002 The lines of authority form a cycle (c -> a -> b -> c):"
				+ " remove one of them so that the chain ends at the top."), diagnostics);
	}

	private static String chain(int bodies, boolean closed) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < bodies; i++) {
			text.append("institution b").append(i).append(" \"B\" agency");
			if (closed || i < bodies - 1) {
				text.append(" {\n    under b").append((i + 1) % bodies).append("\n}");
			}
			text.append('\n');
		}
		return text.toString();
	}

	@Test
	void aTenThousandLongCycleIsOneErrorWithAShortenedPath() throws IOException {
		List<String> diagnostics = check(chain(10_000, true));
		assertEquals(List.of("2:11 GOV-LINE-002 The lines of authority form a cycle (b0 -> b1 -> b2 -> b3 -> b4 -> b5 -> b6 -> b7 -> b8"
				+ " -> ... 9990 more ... -> b9999 -> b0): remove one of them so that the chain ends at the top."), diagnostics);
	}

	@Test
	void aTenThousandLongChainWithoutCycleIsClean() throws IOException {
		assertEquals(List.of(), check(chain(10_000, false)));
	}

	@Test
	void everyDiagnosticLineStaysOneLineWhateverTheModelSays() throws IOException {
		Path file = Files.writeString(dir.resolve("m.govmodel"),
				"institution a \"A\" ministry {\n    reports to x\u001b[2K\rforged.govmodel:1:1: error: forged [GOV-X]\n}\n");
		for (ModelDiagnostic diagnostic : loader.check(List.of(file), List.of()).diagnostics()) {
			// the line with its severity (terminal, CI logs) and without (Maven's log, which marks the severity itself)
			for (String line : List.of(diagnostic.toLine(), diagnostic.toLineWithoutSeverity())) {
				assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F), line);
			}
		}
	}

	@Test
	void aFileWithHundredsOfSyntaxErrorsShowsAHundredAndACount() throws IOException {
		StringBuilder text = new StringBuilder("institution x \"X\" ministry\ninstitution y \"Y\" ministry\n");
		for (int i = 0; i < 300; i++) {
			text.append("institution a").append(i).append(" \"A\" ministry {\n    members x y\n}\n");
		}
		List<String> syntax = check(text.toString()).stream().filter(d -> d.contains(" GOV-SYNTAX-001 ")).toList();
		assertEquals(ModelLoader.MAX_SYNTAX_ERRORS + 1, syntax.size(), rules(syntax));
		assertTrue(syntax.get(ModelLoader.MAX_SYNTAX_ERRORS).contains("GOV-SYNTAX-001 ... and 200 more syntax errors in this file from here on"),
				syntax.get(ModelLoader.MAX_SYNTAX_ERRORS));
	}
}
