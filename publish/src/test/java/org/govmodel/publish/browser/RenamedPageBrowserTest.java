package org.govmodel.publish.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.Reports;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.generators.site.PageManifest;
import org.govmodel.publish.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bookmark of a renamed body's page still works: the site generated after renaming Córdoba's secretariat, over
 * the previous output, keeps the old address, and Chromium opening it arrives at the new page, which passes the
 * layout checks every generated page passes.
 */
class RenamedPageBrowserTest {

	private static final Path FOLDER = Path.of("target/browser/renamed");

	@RegisterExtension
	static final ChromiumSession CHROMIUM = new ChromiumSession("the renamed page's browser test");


	@Test
	@SuppressWarnings("unchecked")
	void theOldAddressOfARenamedBodyOpensItsNewPage() throws Exception {
		String cordoba = Files.readString(TestModels.EXAMPLES.resolve("cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		Path site = FOLDER.resolve("site");
		Artifacts first = generate("v1", cordoba, PageManifest.NONE);
		OutputFolder.replace(site, List.of(), first);
		String renamed = cordoba.replaceAll("\\bsecGD\\b", "secretariaGD");
		PageManifest previous = PageManifest.parse(OutputFolder.previous(site, PageManifest.FILE).orElseThrow()).orElseThrow();
		OutputFolder.replace(site, List.of(), generate("v2", renamed, previous));

		Path old = site.resolve("docs/cordoba/bodies/secGD.html");
		assertTrue(Files.isRegularFile(old), "the old address is kept");
		CHROMIUM.browser().open(old.toAbsolutePath(), "return 0;");
		String arrived = "";
		for (int i = 0; i < 50 && !arrived.endsWith("/secretariaGD.html"); i++) {
			Thread.sleep(100);
			arrived = (String) CHROMIUM.browser().run("return location.href;");
		}
		assertTrue(arrived.endsWith("/docs/cordoba/bodies/secretariaGD.html"), "the browser arrives at the new page: " + arrived);
		Map<String, Object> page = (Map<String, Object>) CHROMIUM.browser().run(Chromium.checks());
		assertEquals(List.of(), page.get("findings"), "the new page passes the layout checks");
		String heading = (String) CHROMIUM.browser().run("return document.querySelector('h1').textContent;");
		assertTrue(heading.contains("Secretaría General de Gobierno Digital"), heading);
	}

	private static Artifacts generate(String name, String text, PageManifest previous) throws Exception {
		Path folder = FOLDER.resolve(name);
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("cordoba-2023.govmodel"), text, StandardCharsets.UTF_8);
		var checked = TestModels.check(folder);
		return TestModels.get(Reports.class).generate(checked.models().models().toList(), List.of(), EnumSet.allOf(Reports.Output.class),
				ReportOptions.defaults().withLanguage(Language.ES), previous);
	}
}
