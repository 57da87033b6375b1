package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate --lang` and `--audience`: the site in the reader's language, findings only for reviewers, bad values refused. */
class GenerateLanguageAndAudienceTest {

	@TempDir
	Path dir;

	@Test
	void theSiteIsWrittenInTheLanguageAskedFor() throws IOException {
		Path out = dir.resolve("es");
		CliRun run = CliRun.of("generate", "../examples", "-o", out.toString(), "--lang", "es");
		assertEquals(0, run.exit(), run.err());
		String home = Files.readString(out.resolve("index.html"));
		assertTrue(home.contains("<html lang=\"es\">") && home.contains("Informes de gobernanza del gobierno digital"), home);
		String overview = Files.readString(out.resolve("docs/cr/index.html"));
		assertTrue(overview.contains("1 proyecto<"), overview);
		CliRun portuguese = CliRun.of("generate", "../examples", "-o", dir.resolve("pt").toString(), "--lang", "pt-BR");
		assertEquals(0, portuguese.exit(), portuguese.err());
		assertTrue(Files.readString(dir.resolve("pt/index.html")).contains("<html lang=\"pt-BR\">"));
		// without --lang the models decide: Córdoba's jurisdiction declares `language es`
		CliRun declared = CliRun.of("generate", "../examples", "-o", dir.resolve("declared").toString());
		assertEquals(0, declared.exit(), declared.err());
		assertTrue(Files.readString(dir.resolve("declared/index.html")).contains("<html lang=\"es\">"), "the declared language without --lang: " + declared.err());
		CliRun english = CliRun.of("generate", "../examples", "-o", dir.resolve("en").toString(), "--lang", "en");
		assertEquals(0, english.exit(), english.err());
		assertTrue(Files.readString(dir.resolve("en/index.html")).contains("<html lang=\"en\">"), "--lang overrides the declaration: " + english.err());
	}

	@Test
	void findingsAreForReviewersOnly() throws IOException {
		Path published = dir.resolve("public");
		assertEquals(0, CliRun.of("generate", "../examples/cordoba-2023.govmodel", "-o", published.toString()).exit());
		assertFalse(Files.readString(published.resolve("docs/cordoba/bodies/agencia.html")).contains("GOV-AUTO-001"));
		Path reviewed = dir.resolve("review");
		CliRun run = CliRun.of("generate", "../examples/cordoba-2023.govmodel", "-o", reviewed.toString(), "--audience", "review");
		assertEquals(0, run.exit(), run.err());
		String agency = Files.readString(reviewed.resolve("docs/cordoba/bodies/agencia.html"));
		// Córdoba declares Spanish: the finding is written in the page's language, its place and its message, though
		// the console (LC_ALL=C.UTF-8 in the build) is English
		assertTrue(agency.contains("GOV-AUTO-001") && agency.contains("cordoba-2023.govmodel, línea "), agency);
		assertTrue(agency.contains("no declara su autonomía") && !agency.contains("does not state its autonomy"), agency);
		assertTrue(run.err().contains("files written to"), "the console keeps its own language: " + run.err());
	}

	@Test
	void unknownLanguagesAndAudiencesAreUsageErrors() {
		CliRun language = CliRun.of("generate", "../examples", "-o", dir.resolve("x").toString(), "--lang", "fr");
		assertEquals(2, language.exit());
		assertTrue(language.err().contains("'fr' is not a language of the reports; use one of en, es, pt"), language.err());
		CliRun audience = CliRun.of("generate", "../examples", "-o", dir.resolve("y").toString(), "--audience", "everyone");
		assertEquals(2, audience.exit());
		assertTrue(audience.err().contains("'everyone' is not an audience; use public or review"), audience.err());
		assertFalse(Files.exists(dir.resolve("x")) || Files.exists(dir.resolve("y")), "nothing is written");
		assertFalse(language.hasStackTrace() || audience.hasStackTrace());
	}
}
