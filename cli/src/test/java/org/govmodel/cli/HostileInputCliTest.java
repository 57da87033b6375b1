package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * Broken and hostile files through every command (issue 15): one located
 * diagnostic per problem, the right exit code, no stack trace, nothing
 * written, and output that model text cannot forge.
 */
class HostileInputCliTest {

	@TempDir
	Path dir;

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	private Path write(String name, String content) throws IOException {
		return write(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> lines(String text) {
		return text.lines().toList();
	}

	@Test
	void anOptionValueWithUnbalancedQuotesGetsTheCommandsMessageAndNothingElse() throws IOException {
		PrintStream stderr = System.err;
		ByteArrayOutputStream stderrBytes = new ByteArrayOutputStream();
		CliRun run;
		try {
			System.setErr(new PrintStream(stderrBytes, true, StandardCharsets.UTF_8));
			run = CliRun.of("validate", "--rule", "\"\"\"\";z\"\"  ", write("ok.govmodel", "institution a \"A\" ministry\n").toString());
		} finally {
			System.setErr(stderr);
		}
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("Unknown rule id"), run.err());
		// only picocli's own lines are looked for: a fuzzing agent in the same JVM logs its instrumentation there
		String direct = stderrBytes.toString(StandardCharsets.UTF_8);
		assertFalse(direct.contains("picocli"), "picocli's own warnings on the standard error: " + direct);
	}

	@Test
	void aCommentEndingInALoneCarriageReturnIsOneSyntaxErrorWithExitCodeOne() throws IOException {
		Path file = write("cr.govmodel", "// c\r");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertFalse(run.hasStackTrace(), run.out() + run.err());
		assertEquals(1, lines(run.out()).size(), run.out());
		assertTrue(run.out().startsWith(file + ":1:1: error: "), run.out());
		assertTrue(run.out().strip().endsWith("[GOV-SYNTAX-001]"), run.out());
	}

	@Test
	void tooDeepNestingIsTheSameDiagnosticInValidateFormatAndGenerate() throws IOException {
		StringBuilder text = new StringBuilder("institution a \"A\" ministry {\n");
		for (int i = 0; i < 2500; i++) {
			text.append("unit u").append(i).append(" \"U\" {\n");
		}
		text.append("}\n".repeat(2500)).append("}\n");
		Path file = write("deep.govmodel", text.toString());
		String diagnostic = file + ":101:14: error: Blocks are nested more than 100 levels deep here";

		CliRun validate = CliRun.of("validate", file.toString());
		assertEquals(1, validate.exit());
		assertTrue(validate.out().startsWith(diagnostic), validate.out());

		CliRun format = CliRun.of("format", file.toString());
		assertEquals(1, format.exit(), format.err());
		assertTrue(format.out().startsWith(diagnostic), format.out());
		assertEquals(text.toString(), Files.readString(file), "format leaves the file alone");

		Path output = dir.resolve("out");
		CliRun generate = CliRun.of("generate", "-o", output.toString(), file.toString());
		assertEquals(1, generate.exit(), generate.err());
		assertTrue(generate.err().startsWith(diagnostic), generate.err());
		assertFalse(Files.exists(output), "nothing written");
		for (CliRun run : List.of(validate, format, generate)) {
			assertFalse(run.hasStackTrace(), run.out() + run.err());
		}
	}

	@Test
	void bytesThatAreNotUtf8AreTheSameDiagnosticInValidateAndFormat() throws IOException {
		byte[] content = "institution a \"A?\" ministry\n".getBytes(StandardCharsets.US_ASCII);
		content[16] = (byte) 0xFF;
		Path file = write("latin1.govmodel", content);
		String diagnostic = file + ":1:17: error: The file is not valid UTF-8";
		CliRun validate = CliRun.of("validate", file.toString());
		assertEquals(1, validate.exit());
		assertTrue(validate.out().startsWith(diagnostic), validate.out());
		CliRun format = CliRun.of("format", file.toString());
		assertEquals(1, format.exit(), format.err());
		assertTrue(format.out().startsWith(diagnostic), format.out());
		assertArrayEquals(content, Files.readAllBytes(file), "format leaves the file alone");
	}

	@Test
	void aFileWithAByteOrderMarkValidatesFormatsAndGenerates() throws IOException {
		Path file = write("bom.govmodel", "\uFEFFinstitution a \"A\" ministry\n");
		assertEquals(0, CliRun.of("validate", file.toString()).exit());
		assertEquals(0, CliRun.of("format", "--check", file.toString()).exit());
		CliRun generate = CliRun.of("generate", "-o", dir.resolve("out").toString(), file.toString());
		assertEquals(0, generate.exit(), generate.err());
	}

	@Test
	void anEmptyOrCommentOnlyFileIsFormattedAsItIs() throws IOException {
		Path empty = write("empty.govmodel", "");
		Path comment = write("comment.govmodel", "// nothing yet\n");
		CliRun run = CliRun.of("format", "--check", empty.toString(), comment.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
	}

	@Test
	void aDocCommentLastInTheFileIsFormattedOnceForAll() throws IOException {
		Path file = write("doc.govmodel", "institution a \"A\" ministry\n/** Doc. */");
		assertEquals(0, CliRun.of("format", file.toString()).exit());
		assertEquals(0, CliRun.of("format", "--check", file.toString()).exit(), Files.readString(file));
	}

	@Test
	void modelTextCannotForgeADiagnosticLine() throws IOException {
		Path file = write("forge.govmodel", "institution a \"A\" ministry {\n    reports to x\u001b[2K\rforged.govmodel:1:1: error: forged [GOV-X]\n}\n");
		CliRun text = CliRun.of("validate", file.toString());
		CliRun json = CliRun.of("validate", "--format", "json", file.toString());
		int diagnostics = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("diagnostics").size();
		assertEquals(diagnostics, lines(text.out()).size(), text.out());
		assertTrue(text.out().chars().noneMatch(c -> c == 0x1B || c == '\r'), text.out());
		assertFalse(text.out().contains("\nforged.govmodel"), text.out());
	}

	@Test
	void aTenThousandLongCycleIsOneLineOfOutput() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			text.append("institution b").append(i).append(" \"B\" agency {\n    under b").append((i + 1) % 10_000).append("\n}\n");
		}
		Path file = write("cycle.govmodel", text.toString());
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit());
		assertFalse(run.hasStackTrace());
		assertEquals(1, lines(run.out()).size(), run.out().substring(0, Math.min(run.out().length(), 2000)));
		assertTrue(run.out().length() < 400, run.out());
	}

	/** Regression (issue 15): a 10,000-long chain of `under` lines printed about a million lines of stack traces. */
	@Test
	void aTenThousandLongChainValidatesWithoutATrace() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			text.append("institution b").append(i).append(" \"B\" agency");
			text.append(i + 1 < 10_000 ? " {\n    under b" + (i + 1) + "\n}\n" : "\n");
		}
		Path file = write("chain.govmodel", text.toString());
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(0, run.exit(), run.out() + run.err() + run.logged());
		assertFalse(run.hasStackTrace(), run.logged());
		assertEquals(List.of("1 file checked: 0 errors, 0 warnings, 0 info"), lines(run.out() + run.err()).stream().filter(l -> l.contains("checked")).toList());
	}
}
