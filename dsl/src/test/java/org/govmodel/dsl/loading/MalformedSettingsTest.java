package org.govmodel.dsl.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A govmodel.json that is not JSON is a diagnostic of the file (GOV-CONFIG-001) at the place where it stops being
 * JSON, whose message says what to do in the reader's language: never a parser's exception text. Regression: a
 * file nested 200,000 deep printed Gson's "MalformedJsonException: Nesting limit 255 reached".
 */
class MalformedSettingsTest {

	@TempDir
	Path folder;

	static Stream<Arguments> malformed() {
		return Stream.of(
				Arguments.of("nested 200,000 deep", bytes("{\"rules\": " + "[".repeat(200_000)), 1, 10 + JsonSyntax.MAX_DEPTH, "nested more than 32 deep"),
				Arguments.of("unterminated string", bytes("{\n  \"rules\": {\n    \"GOV-AUTO-001\": \"off\n  }\n}\n"), 3, 21, "no closing double quote"),
				Arguments.of("bad number", bytes("{ \"rules\": { \"GOV-AUTO-001\": 01 } }"), 1, 30, "not a number"),
				Arguments.of("number run into a word", bytes("{ \"x\": 12abc }"), 1, 8, "not a number"),
				Arguments.of("trailing garbage", bytes("{ \"rules\": {} }\n}garbage"), 2, 1, "more text after the end"),
				Arguments.of("invalid UTF-8", concat(bytes("{\n \"rules\": { \"caf"), new byte[] { (byte) 0xC3, (byte) 0x28 }, bytes("\": \"off\" } }")), 2, 17,
						"not UTF-8"),
				Arguments.of("empty file", new byte[0], 1, 1, "the file is empty"),
				Arguments.of("white space only", bytes("  \n\t\n"), 1, 1, "the file is empty"),
				Arguments.of("unquoted name", bytes("{ rules: "), 1, 3, "unexpected 'r'"),
				Arguments.of("cut short", bytes("{ \"rules\": {\n"), 2, 1, "ends before the settings do"),
				Arguments.of("missing comma", bytes("{ \"a\": 1\n  \"b\": 2 }"), 2, 3, "unexpected '\"'"),
				Arguments.of("control character in a text", bytes("{ \"a\": \"x\u0007y\" }"), 1, 10, "control character"),
				Arguments.of("bad escape", bytes("{ \"a\": \"C:\\dir\" }"), 1, 11, "unknown escape"),
				Arguments.of("comment", bytes("// settings\n{}"), 1, 1, "unexpected '/'"),
				Arguments.of("not an object", bytes("\n  [ \"GOV-AUTO-001\" ]"), 2, 3, "must be one JSON object"),
				Arguments.of("rules not an object", bytes("{\n  \"rules\": [\"GOV-AUTO-001\"]\n}"), 2, 3, "must be an object of rule ids"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void isALocatedLocalizedDiagnostic(String name, byte[] content, int line, int column, String english) throws IOException {
		Path file = Files.write(folder.resolve(SettingsFile.NAME), content);
		SettingsFile.InvalidSettingsException e = assertThrows(SettingsFile.InvalidSettingsException.class, () -> SettingsFile.read(file));
		ModelDiagnostic diagnostic = e.diagnostic(Language.EN);
		assertEquals(List.of(line, column), List.of(diagnostic.line(), diagnostic.column()), diagnostic.toLine());
		assertEquals("GOV-CONFIG-001", diagnostic.ruleId());
		assertEquals(Severity.ERROR, diagnostic.severity());
		assertEquals(ModelFiles.display(file), diagnostic.path());
		assertTrue(diagnostic.message().contains(english), diagnostic.message());
		for (Language language : Language.values()) {
			String message = e.message(language);
			assertTrue(message.startsWith(ModelFiles.display(file) + ":" + line + ":" + column + ": error: "), message);
			assertTrue(message.endsWith(" [GOV-CONFIG-001]"), message);
			assertFalse(message.contains("Exception") || message.contains("com.google") || message.contains("java."), message);
			if (language != Language.EN) {
				assertNotEquals(e.problem(Language.EN), e.problem(language), "translated into " + language);
			}
		}
		assertEquals(e.message(Language.EN), e.getMessage(), "the Maven plugin's message");
		if (!name.equals("rules not an object")) { // the report language does not need the rules
			assertEquals(e.getMessage(), assertThrows(SettingsFile.InvalidSettingsException.class, () -> SettingsFile.language(file)).getMessage(),
					"the report language is read by the same reader");
		}
	}

	/** What the language server and Eclipse put on govmodel.json: a marker where the problem is. */
	@Test
	void editorsMarkTheProblemWhereItIs() throws IOException {
		Path file = Files.writeString(folder.resolve(SettingsFile.NAME), "{\n  \"rules\": { \"GOV-AUTO-001\": \"off\" }\n  \"language\": \"es\"\n}\n");
		SettingsLayer layer = SettingsLayer.read(file, Language.ES);
		assertTrue(layer.unusable().isPresent());
		SettingsLayer.Problem problem = layer.problems().get(0);
		assertEquals(List.of(3, 3, 41, 1), List.of(problem.line(), problem.column(), problem.offset(), problem.length()));
		assertEquals('"', Files.readString(file).charAt(problem.offset()));
		assertTrue(problem.message().startsWith("No es un JSON válido: '\"' inesperado aquí. Busque una coma"), problem.message());
		assertEquals("GOV-CONFIG-001", problem.ruleId());
		assertEquals(List.of("govmodel.json:3:3: error: " + problem.message() + " [GOV-CONFIG-001]"),
				layer.diagnostics().stream().map(d -> d.toLine().substring(d.toLine().indexOf(SettingsFile.NAME))).toList());
	}

	@Test
	void validSettingsAreReadAsBefore() throws Exception {
		Path file = Files.write(folder.resolve(SettingsFile.NAME), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				bytes("{ \"language\": \"pt\", \"rules\": { \"GOV-AUTO-001\": \"off\", \"GOV-SOL-002\": \"error\" }, \"x\": [1.5e3, -0, true, null, \"\\u00e9\\n\"] }")));
		assertEquals(List.of("GOV-AUTO-001=off", "GOV-SOL-002=error"), SettingsFile.read(file).stream().map(s -> s.ruleId() + "=" + s.severity()).toList());
		assertEquals("pt", SettingsFile.language(file).orElseThrow().value());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
