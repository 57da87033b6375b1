package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule severities from govmodel.json and options; --strict; the rules command. */
class RuleSettingsCliTest {

	@TempDir
	Path dir;

	private Path model;

	@BeforeEach
	void writeModel() throws IOException {
		// raises GOV-AUTO-001 (warning): the lead agency's autonomy is not stated
		model = Files.writeString(dir.resolve("m.govmodel"),
				"directive institution sec \"Secretariat\" secretariat {\n    established by act\n    cio \"CIO\" rank minister\n}\nlaw act \"Act\" year 2020\n");
	}

	@Test
	void warningsDoNotFailUnlessStrict() {
		CliRun lenient = CliRun.of("validate", model.toString());
		assertEquals(0, lenient.exit());
		assertTrue(lenient.out().contains(": warning: ") && lenient.out().contains("[GOV-AUTO-001]"), lenient.out());
		assertEquals(1, CliRun.of("validate", "--strict", model.toString()).exit());
	}

	@Test
	void ruleOptionsChangeSeverities() {
		CliRun off = CliRun.of("validate", "--rule", "GOV-AUTO-001=off", model.toString());
		assertFalse(off.out().contains("GOV-AUTO-001"), off.out());
		CliRun error = CliRun.of("validate", "--rule", "GOV-AUTO-001=error", model.toString());
		assertEquals(1, error.exit());
		assertTrue(error.out().contains(":1:23: error: "), error.out());
	}

	@Test
	void anUnknownRuleOptionIsAUsageError() {
		CliRun run = CliRun.of("validate", "--rule", "GOV-AUTO-999=off", model.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("Unknown rule id 'GOV-AUTO-999'"), run.err());
	}

	@Test
	void theSettingsFileNextToTheModelsIsRead() throws IOException {
		Files.writeString(dir.resolve("govmodel.json"), "{\n  \"rules\": {\n    \"GOV-AUTO-001\": \"off\"\n  }\n}\n");
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(0, run.exit());
		assertEquals("", run.out(), "the only warning was switched off");
	}

	@Test
	void unknownRuleIdsInTheSettingsFileAreReportedWhereTheyAre() throws IOException {
		Path settings = Files.writeString(dir.resolve("govmodel.json"), "{\n  \"rules\": {\n    \"GOV-AUTO-001\": \"off\",\n    \"GOV-TYPO-001\": \"off\"\n  }\n}\n");
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(0, run.exit());
		assertTrue(run.out().contains(settings + ":4:5: warning: Unknown rule id 'GOV-TYPO-001'"), run.out());
		assertTrue(run.out().contains("[GOV-CONFIG-001]"), run.out());
	}

	@Test
	void aBrokenSettingsFileIsAUsageErrorSaidWhereItIs() throws IOException {
		Path settings = Files.writeString(dir.resolve("govmodel.json"), "{ rules: ");
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(2, run.exit());
		assertEquals("govmodel validate: " + settings + ":1:3: error: Not valid JSON: unexpected 'r' here. Look for a missing comma, colon or bracket "
				+ "just before it; names and texts are written in double quotes. [GOV-CONFIG-001]\n", run.err());
		assertFalse(run.hasStackTrace());
	}

	/**
	 * A report format carries the broken settings file's finding on stdout; stderr says only why nothing was checked.
	 * Regression: SARIF and GitHub runs also wrote "0 files checked: 1 error" there, though the folder held models.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "json", "sarif", "github" })
	void aBrokenSettingsFileIsTheOnlyFindingOfAReportAndNothingCountsAsChecked(String format) throws IOException {
		Path settings = Files.writeString(dir.resolve("govmodel.json"), "{ rules: ");
		CliRun run = CliRun.of("validate", "--format", format, dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.out().contains("GOV-CONFIG-001"), run.out());
		assertEquals("govmodel validate: " + settings + ":1:3: error: Not valid JSON: unexpected 'r' here. Look for a missing comma, colon or bracket "
				+ "just before it; names and texts are written in double quotes. [GOV-CONFIG-001]\n", run.err());
	}

	/** Regression: Gson's "MalformedJsonException: Nesting limit 255 reached … path $.rules[0][0]…" was the message. */
	@Test
	void settingsNestedTooDeepAreALocalizedDiagnosticNotAParsersException() throws IOException {
		Path settings = Files.writeString(dir.resolve("govmodel.json"), "{\"rules\": " + "[".repeat(200_000));
		for (String command : List.of("validate", "score", "generate")) {
			List<String> args = new java.util.ArrayList<>(List.of(command, "--lang", "es", dir.toString()));
			if (command.equals("generate")) {
				args.addAll(List.of("--output", dir.resolve("out").toString()));
			}
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertEquals(2, run.exit(), command);
			assertEquals("govmodel " + command + ": " + settings + ":1:42: error: No es un JSON válido para la configuración: listas y objetos anidados a más "
					+ "de 32 niveles. La configuración necesita dos niveles: quite los corchetes de más. [GOV-CONFIG-001]\n", run.err(), command);
			assertFalse(run.hasStackTrace(), command);
		}
		CliRun explicit = CliRun.of("validate", "--settings", settings.toString(), dir.toString());
		assertTrue(explicit.err().startsWith("govmodel validate: " + settings + ":1:42: error: Not valid JSON for settings"), explicit.err());
	}

	@Test
	void rulesCommandListsTheCatalogue() {
		CliRun text = CliRun.of("rules");
		assertEquals(0, text.exit());
		assertTrue(text.out().lines().anyMatch(l -> l.matches("GOV-TIER-001 +warning +A strategic governance body is designated")), text.out());
		CliRun markdown = CliRun.of("rules", "--format", "markdown");
		assertTrue(markdown.out().startsWith("# Rule catalogue"));
	}
}
