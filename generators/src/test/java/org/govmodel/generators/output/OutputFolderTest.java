package org.govmodel.generators.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govmodel.generators.Artifacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The only writer of reports: replaces a folder it wrote, never deletes what it did not write, cleans up after a killed run. */
class OutputFolderTest {

	@TempDir
	Path dir;

	private static final List<Path> NO_INPUTS = List.of();

	@Test
	void theOutputFolderIsReplacedOnlyIfGovmodelWroteIt() throws IOException, OutputFolder.RefusedException {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("a/one.txt", "1"));
		OutputFolder.replace(out, NO_INPUTS, Map.of("b/two.txt", "2"));
		assertFalse(Files.exists(out.resolve("a/one.txt")), "previous output is replaced");
		assertEquals("2", Files.readString(out.resolve("b/two.txt")));
		assertEquals(List.of(out), siblings(), "no staging folders left behind");
		Path mine = Files.createDirectories(dir.resolve("mine"));
		Files.writeString(mine.resolve("thesis.docx"), "precious");
		assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(mine, NO_INPUTS, Map.of("x.txt", "x")));
		assertEquals("precious", Files.readString(mine.resolve("thesis.docx")));
		assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(dir.resolve("new"), NO_INPUTS, Map.of("../escape.txt", "x")));
		assertFalse(Files.exists(dir.resolve("escape.txt")));
		assertFalse(Files.exists(dir.resolve("new")), "nothing is written when a path is refused");
	}

	/**
	 * What `govmodel generate` does with a national model: files go to the staging folder as they are made; a run
	 * that fails half-way leaves the previous output as it was and nothing beside it.
	 */
	@Test
	void filesWrittenAsTheyAreMadeReplaceTheFolderOnlyWhenCommitted() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.md", "old"));
		try (OutputFolder.Staging staging = OutputFolder.stage(out, NO_INPUTS)) {
			Artifacts artifacts = Artifacts.writingTo(staging);
			artifacts.add("docs/index.md", "half");
			assertThrows(IllegalStateException.class, () -> artifacts.add("docs/index.md", "twice"), "two artifacts for one path");
			// the run fails here, before commit
		}
		assertEquals("old", Files.readString(out.resolve("docs/index.md")), "the previous output is kept");
		assertEquals(List.of(out), siblings(), "the staging folder of the failed run is removed");

		try (OutputFolder.Staging staging = OutputFolder.stage(out, NO_INPUTS)) {
			Artifacts artifacts = Artifacts.writingTo(staging);
			artifacts.add("docs/index.md", "new");
			artifacts.addBinary("print/a.png", new byte[] { 1, 2 });
			staging.commit();
			assertEquals(java.util.List.of("docs/index.md", "print/a.png"), artifacts.paths());
		}
		assertEquals("new", Files.readString(out.resolve("docs/index.md")));
		assertEquals(List.of(out), siblings());
		// the marker lists what was written, so the next run may replace the folder
		OutputFolder.replace(out, NO_INPUTS, Map.of("x.txt", "x"));
		assertFalse(Files.exists(out.resolve("print/a.png")));
	}

	/**
	 * Regression: the generators write from several threads, and the second thread writing into a folder nobody had
	 * created yet went on before the first had created it ("NoSuchFileException .../en/index.html" in CI, once in
	 * a few runs). Many threads start at once on many new folders, so the race is met on every run of the old code.
	 */
	@Test
	void threadsWritingIntoTheSameNewFoldersAtOnceAllSucceed() throws Exception {
		Path out = dir.resolve("out");
		int threads = 8;
		int foldersPerRun = 200;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try (OutputFolder.Staging staging = OutputFolder.stage(out, NO_INPUTS)) {
			Artifacts artifacts = Artifacts.writingTo(staging);
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
			List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				writers.add(pool.submit(() -> {
					start.await();
					for (int folder = 0; folder < foldersPerRun; folder++) {
						artifacts.add("docs/f" + folder + "/deep/t" + thread + ".md", "x");
					}
					return null;
				}));
			}
			for (java.util.concurrent.Future<?> writer : writers) {
				writer.get(); // rethrows a writer's failure
			}
			staging.commit();
		} finally {
			pool.shutdownNow();
		}
		try (java.util.stream.Stream<Path> files = Files.walk(out)) {
			assertEquals(threads * foldersPerRun, files.filter(p -> p.toString().endsWith(".md")).count());
		}
	}

	/** Regression: `generate out/m.govmodel -o out` deleted the input model with exit 0. */
	@Test
	void aFolderHoldingAnInputModelIsRefusedAndNothingIsDeleted() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.md", "old"));
		Path model = Files.writeString(out.resolve("m.govmodel"), "jurisdiction j \"J\" country\n");
		OutputFolder.RefusedException refused = assertThrows(OutputFolder.RefusedException.class,
				() -> OutputFolder.replace(out, List.of(model), Map.of("docs/index.md", "new")));
		assertTrue(refused.getMessage().contains("holds the input"), refused.getMessage());
		assertTrue(Files.exists(model), "the model is kept");
		assertEquals("old", Files.readString(out.resolve("docs/index.md")), "the previous output is kept");
		Path models = Files.createDirectories(dir.resolve("work/models"));
		assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(dir.resolve("work"), List.of(models), Map.of()),
				"an output folder around the models' folder");
		assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(dir.resolve("work/models/../models"), List.of(models), Map.of()),
				"however the folder is spelled");
		OutputFolder.replace(models.resolve("out"), List.of(models), Map.of("a.txt", "a"));
		assertEquals("a", Files.readString(models.resolve("out/a.txt")), "an output folder inside the models' folder holds no model");
	}

	/** A refusal is told in the language of whoever runs the command, naming the same folder and file. */
	@Test
	void aRefusalSaysWhyInEveryLanguage() throws Exception {
		org.govmodel.generators.BundleFiles.assertCompleteAndValid("/org/govmodel/generators/i18n/output");
		Path out = dir.resolve("salida");
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.md", "old"));
		Path model = Files.writeString(out.resolve("m.govmodel"), "jurisdiction j \"J\" country\n");
		OutputFolder.RefusedException refused = assertThrows(OutputFolder.RefusedException.class,
				() -> OutputFolder.replace(out, List.of(model), Map.of("docs/index.md", "new")));
		assertEquals("'" + out + "' holds the input '" + model + "'; replacing the folder would delete it: choose an output folder outside the models' folders",
				refused.message(org.govmodel.dsl.i18n.Language.EN));
		assertEquals(refused.getMessage(), refused.message(org.govmodel.dsl.i18n.Language.EN), "logs get the English text");
		assertEquals("'" + out + "' contiene la entrada '" + model
				+ "' y reemplazar la carpeta la borraría: elija una carpeta de salida fuera de las carpetas de los modelos",
				refused.message(org.govmodel.dsl.i18n.Language.ES));
		assertEquals("'" + out + "' contém a entrada '" + model + "' e substituir a pasta a apagaria: escolha uma pasta de saída fora das pastas dos modelos",
				refused.message(org.govmodel.dsl.i18n.Language.PT));
		Files.delete(model);
		Files.writeString(out.resolve("docs/notes.txt"), "mine");
		OutputFolder.RefusedException foreign = assertThrows(OutputFolder.RefusedException.class,
				() -> OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.md", "new")));
		assertTrue(foreign.message(org.govmodel.dsl.i18n.Language.ES).startsWith("'" + out + "' contiene 'docs/notes.txt', que govmodel no escribió"),
				foreign.message(org.govmodel.dsl.i18n.Language.ES));
	}

	@Test
	void aFileAddedToAnOutputFolderIsNotDeleted() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.md", "old"));
		Files.writeString(out.resolve("docs/notes.txt"), "mine");
		OutputFolder.RefusedException refused = assertThrows(OutputFolder.RefusedException.class,
				() -> OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.md", "new")));
		assertTrue(refused.getMessage().contains("'docs/notes.txt', which govmodel did not write"), refused.getMessage());
		assertEquals("mine", Files.readString(out.resolve("docs/notes.txt")));
	}

	/**
	 * The earlier output is walked and deleted a folder per task on every core: a file added deep inside is still
	 * found (the first in path order is named), and a replaced output leaves nothing of the earlier one behind.
	 */
	@Test
	void nestedFoldersAreWalkedWholeAndDeletedWhole() throws Exception {
		Path out = dir.resolve("out");
		Map<String, String> files = new java.util.TreeMap<>();
		for (int i = 0; i < 40; i++) {
			files.put("docs/j" + i + "/bodies/b" + i + ".html", "page " + i);
			files.put("docs/j" + i + "/deeper/still/p" + i + ".md", "text " + i);
		}
		OutputFolder.replace(out, NO_INPUTS, files);
		Files.writeString(out.resolve("docs/j7/deeper/still/zz-mine.txt"), "mine");
		Files.writeString(out.resolve("docs/j31/deeper/mine.txt"), "mine too");
		OutputFolder.RefusedException refused = assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(out, NO_INPUTS, files));
		assertTrue(refused.getMessage().contains("'docs/j31/deeper/mine.txt', which govmodel did not write"), refused.getMessage());
		Files.delete(out.resolve("docs/j7/deeper/still/zz-mine.txt"));
		Files.delete(out.resolve("docs/j31/deeper/mine.txt"));

		OutputFolder.replace(out, NO_INPUTS, Map.of("index.html", "one page"));
		try (var left = Files.walk(out)) {
			assertEquals(List.of("", ".govmodel-output", "index.html"), left.map(p -> out.relativize(p).toString()).sorted().toList());
		}
		try (var siblings = Files.list(dir)) {
			assertEquals(List.of("out"), siblings.map(p -> p.getFileName().toString()).toList(), "no earlier output is left beside it");
		}
	}

	/** Regression: a kill during `generate` left the `.out.new-*` staging folder behind. */
	@Test
	void theLeftoversOfAKilledRunAreRemovedOnTheNextRun() throws Exception {
		Path out = dir.resolve("out");
		long dead = deadProcessId();
		Path staging = leftover(".out.new-p" + dead + "-42");
		Path alive = leftover(".out.new-p" + ProcessHandle.current().pid() + "-7");
		Path notOurs = Files.createDirectories(dir.resolve(".out.new-p" + dead + "-9"));
		Files.writeString(notOurs.resolve("thesis.docx"), "precious");
		OutputFolder.replace(out, NO_INPUTS, Map.of("a.txt", "a"));
		assertFalse(Files.exists(staging), "the killed run's staging folder is removed");
		assertTrue(Files.exists(alive), "a running process's staging folder is left alone");
		assertTrue(Files.exists(notOurs.resolve("thesis.docx")), "a folder without govmodel's marker is left alone");
	}

	@Test
	void aRunKilledBetweenTheTwoRenamesGetsThePreviousOutputBack() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("a.txt", "previous"));
		Path old = dir.resolve(".out.old-p" + deadProcessId() + "-1");
		Files.move(out, old); // as a kill after the first rename leaves it
		assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(out, NO_INPUTS, Map.of("../x.txt", "x")));
		assertEquals("previous", Files.readString(out.resolve("a.txt")), "a failing run after the kill still leaves the previous output");
		assertEquals(List.of(out), siblings());
	}

	private Path leftover(String name) throws IOException {
		Path folder = Files.createDirectories(dir.resolve(name));
		Files.writeString(folder.resolve(OutputFolder.MARKER), "");
		Files.writeString(Files.createDirectories(folder.resolve("docs")).resolve("index.md"), "half");
		return folder;
	}

	private List<Path> siblings() throws IOException {
		try (var list = Files.list(dir)) {
			return list.sorted().toList();
		}
	}

	private static long deadProcessId() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	@Test
	void binaryArtifactsAreWrittenByteForByteListedInTheMarkerAndKeptInside() throws IOException, OutputFolder.RefusedException {
		Path out = dir.resolve("out");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xc3, 0x28 }; // not valid UTF-8 on purpose
		org.govmodel.generators.Artifacts artifacts = new org.govmodel.generators.Artifacts();
		artifacts.add("print/index.md", "Córdoba");
		artifacts.addBinary("print/chart.png", png);
		OutputFolder.replace(out, NO_INPUTS, artifacts);
		org.junit.jupiter.api.Assertions.assertArrayEquals(png, Files.readAllBytes(out.resolve("print/chart.png")));
		assertEquals("Córdoba", Files.readString(out.resolve("print/index.md")));
		assertTrue(Files.readString(out.resolve(OutputFolder.MARKER)).contains("print/chart.png\n"), "the marker lists the binary file");
		OutputFolder.replace(out, NO_INPUTS, Map.of("a.txt", "a"));
		assertFalse(Files.exists(out.resolve("print/chart.png")), "a binary file GovModel wrote is replaced like a text file");
		org.govmodel.generators.Artifacts escaping = new org.govmodel.generators.Artifacts();
		escaping.addBinary("../escape.png", png);
		assertThrows(OutputFolder.RefusedException.class, () -> OutputFolder.replace(dir.resolve("other"), NO_INPUTS, escaping));
		assertFalse(Files.exists(dir.resolve("escape.png")));
		assertThrows(IllegalStateException.class, () -> artifacts.addBinary("print/index.md", png), "text and binary files share one set of paths");
	}

	/**
	 * A second run of a national model writes the same 200,000 pages again: the ones whose bytes have not changed are
	 * the earlier run's files, linked, not new files (their time stamps stay, so a copy to the web server sends only
	 * what changed); a changed or added file is written; the earlier output is still removed.
	 */
	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "reads the unix:nlink attribute")
	void aSecondRunTakesOverTheFilesWhoseBytesHaveNotChanged() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/same.html", "same", "docs/changed.html", "old", "gone.txt", "x"));
		FileTime lastWeek = FileTime.from(Instant.now().minus(Duration.ofDays(7)));
		Files.setLastModifiedTime(out.resolve("docs/same.html"), lastWeek);
		Object sameFile = Files.readAttributes(out.resolve("docs/same.html"), BasicFileAttributes.class).fileKey();
		Object changedFile = Files.readAttributes(out.resolve("docs/changed.html"), BasicFileAttributes.class).fileKey();

		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/same.html", "same", "docs/changed.html", "new", "docs/added.html", "added"));

		assertEquals("same", Files.readString(out.resolve("docs/same.html")));
		assertEquals(sameFile, Files.readAttributes(out.resolve("docs/same.html"), BasicFileAttributes.class).fileKey(), "the unchanged file is the earlier one");
		assertEquals(lastWeek, Files.getLastModifiedTime(out.resolve("docs/same.html")), "so it keeps its time stamp");
		assertEquals("new", Files.readString(out.resolve("docs/changed.html")), "a file of the same length with other bytes is written");
		assertNotEquals(changedFile, Files.readAttributes(out.resolve("docs/changed.html"), BasicFileAttributes.class).fileKey());
		assertEquals("added", Files.readString(out.resolve("docs/added.html")));
		assertFalse(Files.exists(out.resolve("gone.txt")));
		assertEquals(List.of(out), siblings(), "the earlier output is removed");
		assertEquals(1, links(out.resolve("docs/same.html")), "and with it its link to the taken-over file");
	}

	/**
	 * Only what the earlier run wrote is taken over: a file or folder a user replaced with a symbolic link to
	 * something outside (with the very bytes GovModel is about to write) is not linked into the output, which would
	 * then change whenever the outside file does.
	 */
	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "makes symbolic links and reads the unix:nlink attribute")
	void filesReachedThroughSymbolicLinksAreNotTakenOver() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("a.html", "page", "docs/b.html", "page"));
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("a.html"), "page");
		Files.writeString(outside.resolve("b.html"), "page");
		Files.delete(out.resolve("a.html"));
		Files.createSymbolicLink(out.resolve("a.html"), outside.resolve("a.html"));
		Files.delete(out.resolve("docs/b.html"));
		Files.delete(out.resolve("docs"));
		Files.createSymbolicLink(out.resolve("docs"), outside);

		OutputFolder.replace(out, NO_INPUTS, Map.of("a.html", "page", "docs/b.html", "page"));

		for (String file : List.of("a.html", "docs/b.html")) {
			Path written = out.resolve(file);
			assertFalse(Files.isSymbolicLink(written) || Files.isSymbolicLink(written.getParent()), file);
			assertEquals("page", Files.readString(written));
			assertEquals(1, links(written), file + " is a file of its own");
		}
		assertEquals(1, links(outside.resolve("a.html")));
		assertEquals(1, links(outside.resolve("b.html")));
		assertEquals("page", Files.readString(outside.resolve("b.html")), "the outside files are left as they were");
	}

	/**
	 * An output folder that is a symbolic link is replaced as the link: the folder it leads to keeps its files (the
	 * earlier output is deleted as the link it was moved away as, never through it), and a link to a file that a
	 * user put in an output is a file GovModel did not write.
	 */
	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "makes symbolic links")
	void linksAreReplacedOrRefusedNeverFollowedToDelete() throws Exception {
		Path real = dir.resolve("published");
		OutputFolder.replace(real, NO_INPUTS, Map.of("docs/index.html", "published page"));
		Path out = dir.resolve("out");
		Files.createSymbolicLink(out, real);
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.html", "new page"));
		assertFalse(Files.isSymbolicLink(out));
		assertEquals("new page", Files.readString(out.resolve("docs/index.html")));
		assertEquals("published page", Files.readString(real.resolve("docs/index.html")), "the folder the link led to is left as it was");

		Path mine = Files.writeString(dir.resolve("mine.txt"), "mine");
		Files.createSymbolicLink(out.resolve("docs/notes.txt"), mine);
		OutputFolder.RefusedException refused = assertThrows(OutputFolder.RefusedException.class,
				() -> OutputFolder.replace(out, NO_INPUTS, Map.of("docs/index.html", "newer page")));
		assertTrue(refused.getMessage().contains("'docs/notes.txt', which govmodel did not write"), refused.getMessage());
		assertEquals("mine", Files.readString(mine));
	}

	private static int links(Path file) throws IOException {
		return (Integer) Files.getAttribute(file, "unix:nlink");
	}

	/**
	 * A taken-over file is the earlier file itself, so it must be what writing it now would make: not one with other
	 * permissions (a first run under umask 077, then a publishing run under 022, must not leave pages a web server
	 * cannot read), and not one that another name outside the output also links to.
	 */
	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions and hard links")
	void onlyFilesAsAWriteWouldMakeThemAreTakenOver() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("private.html", "page", "shared.html", "page", "plain.html", "page"));
		Files.setPosixFilePermissions(out.resolve("private.html"), PosixFilePermissions.fromString("rw-------"));
		Path outsideLink = Files.createLink(dir.resolve("snapshot.html"), out.resolve("shared.html"));
		Object plainFile = Files.readAttributes(out.resolve("plain.html"), BasicFileAttributes.class).fileKey();

		OutputFolder.replace(out, NO_INPUTS, Map.of("private.html", "page", "shared.html", "page", "plain.html", "page"));

		assertEquals(Files.getPosixFilePermissions(out.resolve(OutputFolder.MARKER)), Files.getPosixFilePermissions(out.resolve("private.html")),
				"the page has the permissions of a file written now");
		assertNotEquals(Files.readAttributes(outsideLink, BasicFileAttributes.class).fileKey(),
				Files.readAttributes(out.resolve("shared.html"), BasicFileAttributes.class).fileKey(), "the output is not tied to a file outside it");
		assertEquals(1, links(outsideLink));
		assertEquals(plainFile, Files.readAttributes(out.resolve("plain.html"), BasicFileAttributes.class).fileKey(), "an ordinary page is taken over");
	}

	/** The earlier output stays as it was until the new one takes its place, even where one file is written twice. */
	@Test
	void aFileWrittenTwiceDoesNotChangeTheEarlierOutputsCopy() throws Exception {
		Path out = dir.resolve("out");
		OutputFolder.replace(out, NO_INPUTS, Map.of("docs/page.html", "same"));
		try (OutputFolder.Staging staging = OutputFolder.stage(out, NO_INPUTS)) {
			staging.write("docs/page.html", "same".getBytes(StandardCharsets.UTF_8));
			staging.write("docs/./page.html", "changed".getBytes(StandardCharsets.UTF_8));
			assertEquals("same", Files.readString(out.resolve("docs/page.html")), "the earlier output is untouched before the commit");
			// the run fails here
		}
		assertEquals("same", Files.readString(out.resolve("docs/page.html")));
		assertEquals(List.of(out), siblings());
	}
}
