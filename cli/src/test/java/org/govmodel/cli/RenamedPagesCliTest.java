package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govmodel generate} after a rename, as a user and CI run it: regenerating into the same folder, and
 * generating into a fresh folder with the published site's {@code pages.json}; the old address leads to the new
 * page and no link of the site is broken.
 */
class RenamedPagesCliTest {

	@TempDir
	Path folder;

	@Test
	void regeneratingAfterARenameKeepsTheOldAddressAndBreaksNoLink() throws IOException {
		Path model = folder.resolve("models/cordoba-2023.govmodel");
		Files.createDirectories(model.getParent());
		String cordoba = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		Files.writeString(model, cordoba, StandardCharsets.UTF_8);
		Path site = folder.resolve("site");
		assertEquals(0, CliRun.of("generate", model.toString(), "-o", site.toString()).exit());
		Path published = Files.copy(site.resolve("pages.json"), folder.resolve("published-pages.json"));

		Files.writeString(model, cordoba.replaceAll("\\bsecGD\\b", "secretariaGD"), StandardCharsets.UTF_8);
		CliRun again = CliRun.of("generate", model.toString(), "-o", site.toString());
		assertEquals(0, again.exit(), again.err());
		String moved = Files.readString(site.resolve("docs/cordoba/bodies/secGD.html"), StandardCharsets.UTF_8);
		assertTrue(moved.contains("url=secretariaGD.html") && moved.contains("rel=\"canonical\" href=\"secretariaGD.html\""), moved);
		assertTrue(Files.isRegularFile(site.resolve("docs/cordoba/bodies/secretariaGD.html")));
		assertEquals(List.of(), brokenLinks(site));

		// CI: a fresh folder and the published manifest
		Path fresh = folder.resolve("fresh");
		CliRun ci = CliRun.of("generate", model.toString(), "-o", fresh.toString(), "--previous-pages", published.toString());
		assertEquals(0, ci.exit(), ci.err());
		assertEquals(moved, Files.readString(fresh.resolve("docs/cordoba/bodies/secGD.html"), StandardCharsets.UTF_8));
		assertEquals(List.of(), brokenLinks(fresh));
	}

	@Test
	void aFileThatIsNotAManifestIsAWarningAndAMissingOneAUsageError() throws IOException {
		Path notManifest = Files.writeString(folder.resolve("pages.json"), "{}");
		CliRun run = CliRun.of("generate", "../examples/starter.govmodel", "-o", folder.resolve("a").toString(), "--previous-pages", notManifest.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().contains("is not a page manifest"), run.err());
		CliRun missing = CliRun.of("generate", "../examples/starter.govmodel", "-o", folder.resolve("b").toString(), "--previous-pages",
				folder.resolve("nope.json").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("cannot read the page manifest") && !missing.hasStackTrace(), missing.err());
		assertFalse(Files.exists(folder.resolve("b")), "nothing written");
	}

	/** Every relative href and src of every HTML page that leads to no file of the site. */
	private static List<String> brokenLinks(Path site) throws IOException {
		Pattern link = Pattern.compile("(?:href|src)=\"([^\"#:]+)(?:#[^\"]*)?\"");
		List<String> broken = new ArrayList<>();
		try (Stream<Path> files = Files.walk(site)) {
			for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = link.matcher(Files.readString(page, StandardCharsets.UTF_8));
				while (m.find()) {
					if (!Files.exists(page.resolveSibling(m.group(1)).normalize())) {
						broken.add(site.relativize(page) + " → " + m.group(1));
					}
				}
			}
		}
		return broken;
	}
}
