package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** validate --format sarif and --format github, for CI on pull requests. */
class ValidateReportFormatsTest {

	@TempDir
	Path folder;

	/** The official OASIS schema (sarif-2.1/schema/sarif-schema-2.1.0.json of oasis-tcs/sarif-spec), kept as a test resource. */
	private static JsonSchema sarifSchema() throws IOException {
		try (InputStream schema = ValidateReportFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
		}
	}

	private Path broken() throws IOException {
		Path file = folder.resolve("odd, name: here").resolve("broken.govmodel");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "jurisdiction x \"X\" country\ninstitution a \"A\" agency public within nobody\n"
				+ "directive institution b \"B, 100% digital\" agency public\n");
		return file;
	}

	@Test
	void sarifIsValidAgainstTheOfficialSchemaAndCarriesTheRulesHelp() throws IOException {
		CliRun run = CliRun.of("validate", "--format", "sarif", broken().toString(), "../examples");
		assertEquals(1, run.exit());
		JsonNode log = new ObjectMapper().readTree(run.out());
		Set<ValidationMessage> errors = sarifSchema().validate(log);
		assertEquals(Set.of(), errors);
		JsonNode sarifRun = log.get("runs").get(0);
		JsonNode results = sarifRun.get("results");
		assertTrue(results.size() >= 3, run.out());
		JsonNode link = java.util.stream.StreamSupport.stream(results.spliterator(), false).filter(r -> r.get("ruleId").asText().equals("GOV-LINK-001"))
				.findFirst().orElseThrow();
		assertEquals("error", link.get("level").asText());
		assertEquals(2, link.at("/locations/0/physicalLocation/region/startLine").asInt());
		JsonNode rule = sarifRun.at("/tool/driver/rules").get(link.get("ruleIndex").asInt());
		assertEquals("GOV-LINK-001", rule.get("id").asText());
		assertEquals("Names refer to declared elements", rule.at("/shortDescription/text").asText());
		assertTrue(rule.at("/help/markdown").asText().contains("A reference to nothing"), rule.toString());
		List<String> levels = new java.util.ArrayList<>();
		results.forEach(r -> levels.add(r.get("level").asText()));
		assertTrue(levels.contains("warning"), levels.toString());
		assertFalse(sarifSchema().validate(new ObjectMapper().readTree(run.out().replace("\"2.1.0\"", "\"2.2\""))).isEmpty(),
				"the schema test can fail");
	}

	/**
	 * A settings file that is not valid JSON stops the run (exit code 2), and each report format carries it as a
	 * finding of that file, located like any other: the formats for CI used to print nothing on stdout (an empty
	 * SARIF file, no annotation), so a pull request showed no reason for the failed check.
	 */
	@Test
	void aSettingsFileThatCannotBeUsedIsAFindingInEveryReportFormat() throws IOException {
		Path models = Files.createDirectories(folder.resolve("models"));
		Files.copy(Path.of("../examples/starter.govmodel"), models.resolve("starter.govmodel"));
		Path settings = Files.writeString(models.resolve("govmodel.json"), "{ \"rules\": { \"GOV-TIER-006\": \"off\", }\n");

		CliRun sarif = CliRun.of("validate", "--format", "sarif", models.toString());
		assertEquals(2, sarif.exit(), sarif.err());
		JsonNode log = new ObjectMapper().readTree(sarif.out());
		assertEquals(Set.of(), sarifSchema().validate(log));
		JsonNode result = log.at("/runs/0/results");
		assertEquals(1, result.size(), sarif.out());
		assertEquals("GOV-CONFIG-001", result.get(0).get("ruleId").asText());
		assertEquals("error", result.get(0).get("level").asText());
		assertTrue(result.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("govmodel.json"), sarif.out());
		assertEquals(1, result.get(0).at("/locations/0/physicalLocation/region/startLine").asInt());
		assertEquals(37, result.get(0).at("/locations/0/physicalLocation/region/startColumn").asInt());

		CliRun json = CliRun.of("validate", "--format", "json", models.toString());
		assertEquals(2, json.exit());
		JsonNode report = new ObjectMapper().readTree(json.out());
		assertEquals(1, report.get("errors").asInt());
		assertEquals("GOV-CONFIG-001", report.at("/diagnostics/0/rule").asText());
		assertEquals(37, report.at("/diagnostics/0/column").asInt());

		CliRun github = CliRun.of("validate", "--format", "github", models.toString());
		assertEquals(2, github.exit());
		String escapedPath = GithubAnnotations.property(settings.toString());
		assertTrue(github.out().startsWith("::error file=" + escapedPath + ",line=1,col=37,"), github.out());
		assertTrue(github.out().contains("title=GOV-CONFIG-001"), github.out());

		CliRun text = CliRun.of("validate", models.toString());
		assertEquals(2, text.exit());
		assertEquals("", text.out());
		assertTrue(text.err().contains("govmodel.json:1:37: error: "), text.err());
	}

	@Test
	void githubAnnotationsEscapePropertiesAndMessagesAsTheRunnerExpects() throws IOException {
		Path file = broken();
		CliRun run = CliRun.of("validate", "--format", "github", file.toString());
		assertEquals(1, run.exit());
		String first = run.out().lines().filter(l -> l.contains("GOV-LINK-001")).findFirst().orElseThrow();
		String escapedPath = file.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
		assertTrue(first.startsWith("::error file=" + escapedPath + ",line=2,col="), first);
		assertTrue(first.contains(",title=GOV-LINK-001 Names refer to declared elements::"), first);
		assertTrue(run.out().lines().allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ") || l.startsWith("::notice ")), run.out());
		assertEquals("a%3Ab%2Cc%25d\\r\\ne", GithubAnnotations.property("a:b,c%d\r\ne"), "line breaks shown as the text format shows them");
		assertEquals("a:b,c%25d\\r\\ne\\u001B[0m\\u2028", GithubAnnotations.data("a:b,c%d\r\ne\u001b[0m\u2028"));
	}

	/** --lang reaches the CI outputs: the rules' titles and help in SARIF (with the run's language) and the annotations' titles. */
	@Test
	void sarifAndAnnotationsInSpanish() throws IOException {
		Path file = broken();
		JsonNode log = new ObjectMapper().readTree(CliRun.of("validate", "--lang", "es", "--format", "sarif", file.toString()).out());
		assertEquals(Set.of(), sarifSchema().validate(log));
		JsonNode sarifRun = log.get("runs").get(0);
		assertEquals("es", sarifRun.get("language").asText());
		JsonNode rules = sarifRun.at("/tool/driver/rules");
		JsonNode link = java.util.stream.StreamSupport.stream(rules.spliterator(), false).filter(r -> r.get("id").asText().equals("GOV-LINK-001")).findFirst()
				.orElseThrow();
		assertEquals("Los nombres remiten a elementos declarados", link.at("/shortDescription/text").asText());
		assertFalse(link.at("/help/markdown").asText().contains("A model that satisfies it"), link.toString());
		String annotation = CliRun.of("validate", "--lang", "es", "--format", "github", file.toString()).out().lines().filter(l -> l.contains("GOV-LINK-001"))
				.findFirst().orElseThrow();
		assertTrue(annotation.contains(",title=GOV-LINK-001 Los nombres remiten a elementos declarados::"), annotation);
	}
}
