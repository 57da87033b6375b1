package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model too large for the memory Java was given: the user is told so, in their language, with the option that gives
 * Java more; no stack trace, no "internal error", and no output folder half written.
 */
class OutOfMemoryTest {

	private static final int FILES = 40;
	private static final int INSTITUTIONS_PER_FILE = 1000;

	@TempDir
	Path folder;

	@Test
	void aModelTooLargeForTheHeapIsToldHowToGiveJavaMoreAndWritesNothing() throws Exception {
		Path models = Files.createDirectories(folder.resolve("models"));
		for (int f = 0; f < FILES; f++) {
			StringBuilder text = new StringBuilder("jurisdiction j" + f + " \"Municipio " + f + "\" municipality\n");
			for (int i = 0; i < INSTITUTIONS_PER_FILE; i++) {
				text.append("institution i").append(i).append(" \"Institución ").append(i).append("\" ministry public portfolio finance\n");
			}
			Files.writeString(models.resolve("part-" + f + ".govmodel"), text, StandardCharsets.UTF_8);
		}
		Path output = folder.resolve("site");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
				// G1, whatever the machine: on one core or little memory Java picks the serial collector, whose heap
				// reads a survivor space smaller than -Xmx
				"-XX:+UseG1GC", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), GovModelCli.class.getName(), "generate", models.toString(), "-o", output.toString(), "--lang", "es");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();

		assertEquals(GovModelCli.INTERNAL, exit, said);
		assertTrue(said.contains("govmodel: memoria insuficiente") && said.contains("48 MB") && said.contains("GOVMODEL_JAVA_OPTS=-Xmx96m")
				&& said.contains("MAVEN_OPTS"), said);
		assertFalse(said.contains("OutOfMemoryError") || said.contains("\tat ") || said.contains("internal"), "no stack trace, no internal error: " + said);
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(models), left.toList(), "no output folder, and no staging folder left beside it");
		}
	}
}
