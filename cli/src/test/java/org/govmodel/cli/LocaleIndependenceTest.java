package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: under a Turkish locale 35 of 164 generated files differed
 * ({@code cluster_strategıc}, {@code CİO}). The reports must be the same
 * bytes whatever the JVM's locale; each run is a fresh JVM started with that
 * locale, as a user's would be. (The build's forbiddenapis check keeps
 * locale-dependent calls out of the code in the first place.)
 */
class LocaleIndependenceTest {

	@TempDir
	Path dir;

	@Test
	void theExamplesGiveTheSameBytesUnderTurkishGermanAndTheDefaultLocale() throws Exception {
		Map<String, byte[]> reference = null;
		for (String locale : List.of("", "tr-TR", "de-DE")) {
			Path out = dir.resolve("out-" + (locale.isEmpty() ? "default" : locale));
			Run generate = run(locale, "generate", Path.of("../examples").toAbsolutePath().toString(), "-o", out.toString());
			assertEquals(0, generate.exit(), generate.output());
			Map<String, byte[]> files = read(out);
			if (reference == null) {
				reference = files;
				continue;
			}
			assertEquals(reference.keySet(), files.keySet(), locale);
			List<String> differing = new ArrayList<>();
			for (String file : reference.keySet()) {
				if (!java.util.Arrays.equals(reference.get(file), files.get(file))) {
					differing.add(file);
				}
			}
			assertEquals(List.of(), differing, "files that differ under " + locale);
		}
		assertTrue(reference.size() > 50, "the examples give the whole site");
	}

	private record Run(int exit, String output) {
	}

	private static Run run(String locale, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		if (!locale.isEmpty()) {
			String[] parts = locale.split("-");
			command.add("-Duser.language=" + parts[0]);
			command.add("-Duser.country=" + parts[1]);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), GovModelCli.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Run(process.waitFor(), output);
	}

	private static Map<String, byte[]> read(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}
}
