package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** format and format --check. */
class FormatCommandTest {

	@TempDir
	Path dir;

	private static final String MESSY = "institution  a \"A\"   ministry {unit u \"U\"}";
	private static final String TIDY = "institution a \"A\" ministry {\n    unit u \"U\"\n}\n";

	@Test
	void checkListsFilesThatWouldChangeAndExitsOneWithoutWriting() throws IOException {
		Path messy = Files.writeString(dir.resolve("messy.govmodel"), MESSY);
		Files.writeString(dir.resolve("tidy.govmodel"), TIDY);
		CliRun run = CliRun.of("format", "--check", dir.toString());
		assertEquals(1, run.exit());
		assertEquals("would reformat " + messy, run.out().strip());
		assertEquals(MESSY, Files.readString(messy));
	}

	@Test
	void formatRewritesInPlaceAndThenCheckPasses() throws IOException {
		Path messy = Files.writeString(dir.resolve("messy.govmodel"), MESSY);
		CliRun run = CliRun.of("format", messy.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(TIDY, Files.readString(messy));
		assertEquals(0, CliRun.of("format", "--check", messy.toString()).exit());
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary files left behind");
		}
	}

	@Test
	void filesWithSyntaxErrorsAreReportedAndLeftUntouched() throws IOException {
		String broken = "institution a \"A\" ministry {\n  members x y\n}";
		Path file = Files.writeString(dir.resolve("broken.govmodel"), broken);
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().startsWith(file + ":2:13: error:"), run.out());
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void theExamplesAreFormatted() {
		assertEquals(0, CliRun.of("format", "--check", "../examples").exit());
	}
}
