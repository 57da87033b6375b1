package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
	void aBrokenSettingsFileIsAUsageError() throws IOException {
		Files.writeString(dir.resolve("govmodel.json"), "{ rules: ");
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("govmodel.json: not valid JSON"), run.err());
		assertFalse(run.hasStackTrace());
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
