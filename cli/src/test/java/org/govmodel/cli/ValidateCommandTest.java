package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The validate command's contract: output format and exit codes. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	@Test
	void theBundledExamplesValidateWithoutErrors() {
		CliRun run = CliRun.of("validate", "../examples");
		assertEquals(0, run.exit(), run.out() + run.err());
		assertFalse(run.out().contains(": error:"), run.out());
		assertTrue(run.err().startsWith("3 files checked: 0 errors"), run.err());
	}

	@Test
	void aSyntaxErrorIsReportedAsPathLineColumnSeverityMessageAndRule() throws IOException {
		Path file = write("broken.govmodel", "institution a \"A\" ministry {\n    members x y\n}\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().contains(file + ":2:15: error: Unexpected 'y' here: expected '}'."), run.out());
		assertTrue(run.out().lines().allMatch(l -> l.matches(".+:\\d+:\\d+: (error|warning|info): .+ \\[GOV-[A-Z]+-\\d{3}\\]")), run.out());
		assertFalse(run.hasStackTrace());
	}

	@Test
	void aDanglingReferenceNamesWhatIsMissing() throws IOException {
		Path file = write("dangling.govmodel", "law act \"Act\" year 2020\nsolution s digital-identity \"S\" {\n    owner nobody\n    legal basis act\n}\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit());
		assertEquals(file + ":3:11: error: Unknown body, unit or authority 'nobody': declare it, import the file or namespace that declares it, or check the spelling. [GOV-LINK-001]",
				run.out().strip());
	}

	@Test
	void referencesResolveAcrossTheFilesOfAFolder() throws IOException {
		write("a/agency.govmodel", "operational institution agency \"Agency\" agency public");
		write("b/solutions.govmodel", "solution s digital-identity \"S\" { owner agency }");
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(0, run.exit(), run.out());
		assertTrue(run.err().startsWith("2 files checked"), run.err());
	}

	@Test
	void aMissingPathIsAUsageErrorWithOneLineAndNoStackTrace() {
		CliRun run = CliRun.of("validate", "no/such/dir");
		assertEquals(2, run.exit());
		assertEquals("govmodel validate: cannot read 'no/such/dir': no such file or directory", run.err().strip());
		assertFalse(run.hasStackTrace());
	}

	@Test
	void aBrokenLinkIsAUsageError() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("gone.govmodel"), dir.resolve("missing-target.govmodel"));
		CliRun run = CliRun.of("validate", link.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().strip().endsWith("no such file or directory"), run.err());
	}

	@Test
	void foldersNamedLikeModelsAndBuildOutputAreSkipped() throws IOException {
		Files.createDirectories(dir.resolve("odd.govmodel"));
		write("target/copy.govmodel", "this is not a model");
		write("model.govmodel", "institution a \"A\" ministry");
		CliRun run = CliRun.of("validate", dir.toString());
		assertEquals(0, run.exit(), run.out());
		assertTrue(run.err().startsWith("1 file checked"), run.err());
	}

	@Test
	void unknownOptionsAndMissingOperandsAreUsageErrors() {
		assertEquals(2, CliRun.of("validate", "--frobnicate", "x").exit());
		assertEquals(2, CliRun.of("validate").exit());
		assertEquals(2, CliRun.of("validate", "--format", "xml", "../examples").exit());
		assertEquals(2, CliRun.of("nosuchcommand").exit());
	}

	@Test
	void jsonOutputCarriesTheSameDiagnostics() throws IOException {
		Path file = write("dangling.govmodel", "solution s digital-identity \"S\" { owner nobody }");
		CliRun run = CliRun.of("validate", "--format", "json", file.toString());
		assertEquals(1, run.exit());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(1, json.get("files").getAsInt());
		assertEquals(1, json.get("errors").getAsInt());
		JsonObject diagnostic = json.getAsJsonArray("diagnostics").asList().stream().map(e -> e.getAsJsonObject())
				.filter(d -> d.get("severity").getAsString().equals("error")).findFirst().orElseThrow();
		assertEquals(file.toString(), diagnostic.get("file").getAsString());
		assertEquals(1, diagnostic.get("line").getAsInt());
		assertEquals(41, diagnostic.get("column").getAsInt());
		assertEquals("error", diagnostic.get("severity").getAsString());
		assertEquals("GOV-LINK-001", diagnostic.get("rule").getAsString());
	}

	@Test
	void statsReportSizeTimeAndHeap() {
		CliRun run = CliRun.of("validate", "--stats", "../examples/starter.govmodel");
		assertEquals(0, run.exit());
		assertTrue(run.err().lines().anyMatch(l -> l.matches("stats: files=1 lines=\\d+ elapsed_ms=\\d+ peak_heap_mb=\\d+")), run.err());
	}
}
