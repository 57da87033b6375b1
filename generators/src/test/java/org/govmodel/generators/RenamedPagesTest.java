package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.Reports.Output;
import org.govmodel.generators.site.PageManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a body keeps its published address working: the run after the rename, given the previous run's
 * {@code pages.json}, keeps the old page as one that leads to the renamed body's new page; a removed body's
 * page says so and links the jurisdiction's overview; both survive a further run and a second rename.
 */
class RenamedPagesTest {

	private static final Path CORDOBA = Path.of("../examples/cordoba-2023.govmodel");

	@TempDir
	Path folder;

	@Test
	void theOldPageOfARenamedBodyLeadsToItsNewPageAndARemovedBodysPageToTheOverview() throws Exception {
		String v1 = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		String v2 = v1.replaceAll("\\bsecGD\\b", "secretariaGD").replace("institution minEdu \"Ministerio de Educación\" ministry public portfolio education\n",
				"");
		assertFalse(v2.contains("minEdu"), "the education ministry is only declared, so it can be removed");
		Artifacts first = generate("v1", v1, PageManifest.NONE, Language.ES);
		assertTrue(first.paths().contains("docs/cordoba/bodies/secGD.html") && first.paths().contains(PageManifest.FILE));

		Artifacts second = generate("v2", v2, manifest(first), Language.ES);
		String moved = second.files().get("docs/cordoba/bodies/secGD.html");
		assertTrue(second.paths().contains("docs/cordoba/bodies/secretariaGD.html"), "the renamed body has its page");
		assertEquals("secretariaGD.html", refresh(moved), "the old address leads to the new page:\n" + moved);
		assertTrue(moved.contains("<link rel=\"canonical\" href=\"secretariaGD.html\"") && moved.contains("href=\"secretariaGD.html\" id=\"new-page\""),
				"a canonical link and a visible link for link checkers and readers");
		assertTrue(moved.contains("lang=\"es\"") && moved.contains("cambió de dirección"), "in the run's language");
		String removed = second.files().get("docs/cordoba/bodies/minEdu.html");
		assertTrue(removed != null && removed.contains("href=\"../index.html\"") && removed.contains("no forma parte"),
				"the removed body's page says so and links the jurisdiction's overview:\n" + removed);
		assertNoBrokenLink(second);

		// a third run, with a second rename: the first address still leads to the current page
		String v3 = v2.replaceAll("\\bsecretariaGD\\b", "secGobDigital");
		Artifacts third = generate("v3", v3, manifest(second), Language.EN);
		assertEquals("secGobDigital.html", refresh(third.files().get("docs/cordoba/bodies/secGD.html")));
		assertEquals("secGobDigital.html", refresh(third.files().get("docs/cordoba/bodies/secretariaGD.html")));
		assertTrue(third.files().get("docs/cordoba/bodies/minEdu.html").contains("no longer in the model"), "the removed page stays, in English now");
		assertNoBrokenLink(third);
	}

	@Test
	void aBodyRenamedOnlyInCaseGetsNoMovedPageThatIsItsNewPageOnACaseInsensitiveFileSystem() throws Exception {
		String v1 = "jurisdiction j \"J\" country\noperational institution Agency \"The Agency\" agency public\n";
		Artifacts first = generate("case1", v1, PageManifest.NONE, Language.EN);
		assertTrue(first.paths().contains("docs/j/bodies/Agency.html"));

		Artifacts second = generate("case2", v1.replace("Agency \"", "agency \""), manifest(first), Language.EN);
		assertTrue(second.paths().contains("docs/j/bodies/agency.html"), "the renamed body has its page");
		assertFalse(second.paths().contains("docs/j/bodies/Agency.html"), "no page moved to agency.html at the same file on macOS and Windows");
		NothingIsLostTest.assertPathsAreDistinctAndPortable(second.paths());
		assertNoBrokenLink(second);

		// renamed once more: the address the previous run wrote leads on, once
		Artifacts third = generate("case3", v1.replace("Agency \"", "agencia \""), manifest(second), Language.EN);
		assertEquals("agencia.html", refresh(third.files().get("docs/j/bodies/agency.html")));
		NothingIsLostTest.assertPathsAreDistinctAndPortable(third.paths());
		assertNoBrokenLink(third);
	}

	@Test
	void aRemovedBodyWithTwoEquallyLikeSuccessorsLeadsToTheSameOneOnEveryRun() throws Exception {
		String v1 = "jurisdiction j \"J\" country\noperational institution datos \"Agencia de datos\" agency public\n";
		// two new bodies as like the removed one as each other: the tie is broken by their pages' order, never by chance
		String v2 = "jurisdiction j \"J\" country\noperational institution datosNorte \"Agencia de datos\" agency public\n"
				+ "operational institution datosSur \"Agencia de datos\" agency public\n";
		PageManifest before = manifest(generate("tie1", v1, PageManifest.NONE, Language.EN));
		for (int run = 0; run < 12; run++) {
			Artifacts after = generate("tie2-" + run, v2, before, Language.EN);
			assertEquals("datosNorte.html", refresh(after.files().get("docs/j/bodies/datos.html")), "run " + run);
		}
	}

	@Test
	void aRunWithoutAPreviousManifestAddsNoPageAndTheSameRunTwiceIsByteIdentical() throws Exception {
		String v1 = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		Artifacts first = generate("a", v1, PageManifest.NONE, Language.EN);
		Artifacts again = generate("b", v1, manifest(first), Language.EN);
		assertEquals(first.paths(), again.paths(), "nothing moved, nothing kept");
		assertEquals(first.files().get(PageManifest.FILE), again.files().get(PageManifest.FILE));
	}

	@Test
	void theRedirectPagesWordsExistInEveryLanguageAndTheSpanishPagesHaveNoEnglishTemplateWord() throws Exception {
		BundleFiles.assertCompleteAndValid("/org/govmodel/generators/i18n/redirects");
		java.util.Set<String> english = BundleFiles.englishTemplateWords("/org/govmodel/generators/i18n/redirects");
		String v1 = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		String v2 = v1.replaceAll("\\bsecGD\\b", "secretariaGD").replace("institution minEdu \"Ministerio de Educación\" ministry public portfolio education\n", "");
		for (Language language : List.of(Language.ES, Language.PT)) {
			Artifacts second = generate("w" + language.code(), v2, manifest(generate("v" + language.code(), v1, PageManifest.NONE, language)), language);
			for (String page : List.of("docs/cordoba/bodies/secGD.html", "docs/cordoba/bodies/minEdu.html")) {
				Matcher m = BundleFiles.WORD.matcher(DocsGeneratorTest.visibleText(second.files().get(page)));
				while (m.find()) {
					assertFalse(english.contains(m.group().toLowerCase(java.util.Locale.ROOT)), language + " " + page + " has the English word " + m.group());
				}
			}
		}
	}

	@Test
	void aRunWithoutTheDocumentationSaysNothingAboutTheDocumentationsPages() throws Exception {
		String v1 = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		Artifacts full = generate("full", v1, PageManifest.NONE, Language.EN);
		Path file = folder.resolve("scores").resolve("cordoba-2023.govmodel");
		Files.createDirectories(file.getParent());
		Files.writeString(file, v1, StandardCharsets.UTF_8);
		Artifacts scorecards = Fixtures.get(Reports.class).generate(Fixtures.load(file), List.of(), EnumSet.of(Output.scorecards), ReportOptions.defaults(),
				manifest(full));
		assertTrue(scorecards.paths().stream().noneMatch(p -> p.startsWith("docs/")), "no page of the documentation is kept: " + scorecards.paths());
	}

	@Test
	void aManifestOfAnotherVersionOrNoneIsNotRead() {
		assertTrue(PageManifest.parse("{\"version\": 99, \"pages\": []}").isEmpty());
		assertTrue(PageManifest.parse("not json").isEmpty());
		assertTrue(PageManifest.parse("[]").isEmpty());
		// edited by hand into another shape: not read, rather than half read
		for (String shape : List.of("{\"version\": \"one\", \"pages\": [], \"gone\": []}", "{\"version\": 1, \"pages\": []}",
				"{\"version\": 1, \"pages\": [{\"path\": \"docs/a.html\"}], \"gone\": []}",
				"{\"version\": 1, \"pages\": [{\"path\": \"docs/a.html\", \"role\": \"body\", \"element\": {\"name\": \"a\"}}], \"gone\": []}",
				"{\"version\": 1, \"pages\": [{\"path\": [], \"role\": \"body\"}], \"gone\": []}",
				"{\"version\": 1, \"pages\": [], \"gone\": []} trailing", "{\"version\": 1, \"pages\": [], \"gone\": [")) {
			assertTrue(PageManifest.parse(shape).isEmpty(), shape);
		}
		assertEquals(1, PageManifest.parse("{\"about\": {\"any\": [1]}, \"version\": 1, \"gone\": [], \"pages\": [{\"path\": \"docs/a.html\", \"role\": \"body\", "
				+ "\"element\": {\"kind\": \"Body\", \"name\": \"a\", \"signature\": [\"x\"], \"owner\": {\"name\": \"j\", \"kind\": \"Jurisdiction\", "
				+ "\"signature\": []}}}]}").orElseThrow().pages().size(), "fields in any order, unknown ones skipped");
		String outside = "{\"version\": 1, \"pages\": [{\"path\": \"../../escape.html\", \"role\": \"body\"}, {\"path\": \"/etc/x.html\"},"
				+ " {\"path\": \"docs/a/bodies/b.html\", \"role\": \"body\"}], \"gone\": []}";
		assertEquals(List.of("docs/a/bodies/b.html"), PageManifest.parse(outside).orElseThrow().pages().stream().map(PageManifest.Entry::path).toList(),
				"a path out of the output folder is not followed");
	}

	private static PageManifest manifest(Artifacts run) {
		return PageManifest.parse(run.files().get(PageManifest.FILE)).orElseThrow();
	}

	private static String refresh(String page) {
		Matcher m = Pattern.compile("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]+)\"").matcher(page);
		assertTrue(m.find(), page);
		return m.group(1);
	}

	/** Every relative link of every HTML page of the run leads to a file of the run. */
	static void assertNoBrokenLink(Artifacts run) {
		Pattern link = Pattern.compile("(?:href|src)=\"([^\"#:]+)(?:#[^\"]*)?\"");
		for (var file : run.files().entrySet()) {
			if (!file.getKey().endsWith(".html")) {
				continue;
			}
			Matcher m = link.matcher(file.getValue());
			while (m.find()) {
				String target = Path.of(file.getKey()).resolveSibling(m.group(1)).normalize().toString().replace('\\', '/');
				assertTrue(run.paths().contains(target), file.getKey() + " links " + m.group(1) + ", which the run did not write");
			}
		}
	}

	private Artifacts generate(String name, String text, PageManifest previous, Language language) throws Exception {
		Path file = folder.resolve(name).resolve("cordoba-2023.govmodel");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		List<Model> models = Fixtures.load(file);
		return Fixtures.get(Reports.class).generate(models, List.of(), EnumSet.allOf(Output.class), ReportOptions.defaults().withLanguage(language),
				previous);
	}
}
