package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large jurisdiction's site: the bodies of a tier and the bodies of no tier are listed on pages of 100 that link
 * to each other, the overview shows the first 20 of each list and links to all of them, and every body is listed
 * exactly once.
 */
class SitePagingTest {

	@TempDir
	Path dir;

	/** 250 operational institutions and 130 institutions of no tier. */
	private Map<String, String> largeSite(Language language) throws Exception {
		StringBuilder model = new StringBuilder("jurisdiction big \"Big\" national\n");
		for (int i = 0; i < 250; i++) {
			model.append("operational institution op").append(i).append(" \"Operational ").append(i).append("\" agency public\n");
		}
		for (int i = 0; i < 130; i++) {
			model.append("institution other").append(i).append(" \"Other ").append(i).append("\" ministry public\n");
		}
		Path file = Fixtures.write(dir, "big.govmodel", model.toString());
		return DocsGeneratorTest.generateAgain(file, ReportOptions.defaults().withLanguage(language));
	}

	@Test
	void everyBodyOfALongListIsOnExactlyOnePageAndThePagesLinkToEachOther() throws Exception {
		Map<String, String> files = largeSite(Language.EN);
		List<String> tierPages = List.of("docs/big/tiers/operational.md", "docs/big/tiers/operational-2.md", "docs/big/tiers/operational-3.md");
		tierPages.forEach(page -> assertTrue(files.containsKey(page), page));
		assertFalse(files.containsKey("docs/big/tiers/operational-4.md"));
		assertEquals(250, linksTo(tierPages.stream().map(files::get).toList(), "bodies/op").size());
		assertEquals(250, linksTo(tierPages.stream().map(files::get).toList(), "bodies/op").stream().distinct().count());
		assertTrue(files.get("docs/big/tiers/operational-2.md").contains("Page 2 of 3: 101–200 of 250"));
		assertTrue(files.get("docs/big/tiers/operational-2.md").contains("[Previous page](operational.md)"));
		assertTrue(files.get("docs/big/tiers/operational-2.md").contains("[Next page](operational-3.md)"));

		List<String> otherPages = List.of(files.get("docs/big/others.md"), files.get("docs/big/others-2.md"));
		assertEquals(130, linksTo(otherPages, "bodies/other").stream().distinct().count());

		String overview = files.get("docs/big/index.md");
		assertEquals(20, linksTo(List.of(overview), "bodies/op").size(), "the overview previews a tier's first 20 bodies");
		assertEquals(20, linksTo(List.of(overview), "bodies/other").size());
		assertTrue(overview.contains("[All 250 bodies of this tier](tiers/operational.md)"));
		assertTrue(overview.contains("[All 130 other institutions and organizations](others.md)"));
		assertEquals(List.of(), SiteLinks.broken(files), "every link of the paged site leads to a generated file");
	}

	@Test
	void pagingIsInTheReadersLanguage() throws Exception {
		Map<String, String> files = largeSite(Language.ES);
		assertTrue(files.get("docs/big/tiers/operational-3.md").contains("Página 3 de 3: 201–250 de 250"));
		assertTrue(files.get("docs/big/index.md").contains("[Los 250 organismos de este nivel](tiers/operational.md)"));
	}

	private static List<String> linksTo(List<String> pages, String prefix) {
		List<String> links = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\]\\((?:\\.\\./)?(" + Pattern.quote(prefix) + "[^)]*)\\)").matcher(String.join("\n", pages));
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}
}
