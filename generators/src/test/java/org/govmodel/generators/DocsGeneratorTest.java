package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.docs.DocsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation site: content, findings where they belong, working links, escaping, determinism. */
class DocsGeneratorTest {

	@TempDir
	Path dir;

	private static Map<String, String> generate(Path path) throws Exception {
		ModelLoader loader = Fixtures.get(ModelLoader.class);
		LoadedModels loaded = loader.load(ModelFiles.collect(List.of(path)));
		List<ModelDiagnostic> diagnostics = loader.validate(loaded);
		List<Model> models = loaded.models().toList();
		Artifacts artifacts = new Artifacts();
		Fixtures.get(DocsGenerator.class).generate(models, diagnostics, true, artifacts);
		Fixtures.get(DiagramGenerator.class).generate(models, artifacts);
		return artifacts.files();
	}

	@Test
	void cordobaHasAnOverviewBodyPagesAndCatalogues() throws Exception {
		Map<String, String> files = generate(Path.of("../examples/cordoba-2023.govmodel"));
		String index = files.get("docs/cordoba/index.md");
		assertTrue(index.startsWith("# Provincia de Córdoba: governance of digital transformation"), index);
		assertTrue(index.contains("Strategy approach: people-centred"));
		assertTrue(index.contains("![Governance structure of Provincia de Córdoba"), "the diagram is embedded with alt text");
		assertTrue(index.contains("- [Secretaría General de Gobierno Digital](bodies/secGD.md)"), index);
		String agency = files.get("docs/cordoba/bodies/agencia.md");
		assertTrue(agency.contains("Under the authority of: [Secretaría General de Gobierno Digital](secGD.md)"), agency);
		assertTrue(agency.contains("| CTO | Director de Tecnología | director |"), agency);
		assertTrue(agency.contains("Runs the cross-cutting solutions for the whole provincial administration."), "documentation comments appear");
		assertTrue(agency.contains("warning GOV-AUTO-001: 'agencia' does not state its autonomy"), "findings appear on the page they concern");
		String secretariat = files.get("docs/cordoba/bodies/secGD.md");
		assertTrue(secretariat.contains("Oversees: [Agencia de Innovación Digital](agencia.md)"), "reverse lines are listed: " + secretariat);
		String solutions = files.get("docs/cordoba/solutions.md");
		assertTrue(solutions.contains("| Firma digital | Digital signature | [Dirección de Identidad Digital](bodies/agencia.md) | operational since 2016 |"), solutions);
		assertTrue(solutions.contains("## Prerequisite matrix"));
		assertTrue(files.get("docs/cordoba/projects.md").contains("| Agencia de Innovación Digital \\(USD\\) | 850000 |"));
		assertTrue(files.get("docs/cordoba/instruments.md").contains("| Decreto de infraestructura de firma digital | decree | 1280/2014 | 2014 |"));
		assertTrue(files.get("docs/cordoba/levers.md").contains("| penalty | Restricción de fondos a proyectos fuera de estándar | institutions | funding-limit |"));
	}

	@Test
	void everyLinkOfTheHtmlSiteLeadsToAGeneratedFile() throws Exception {
		Map<String, String> files = generate(Path.of("../examples"));
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().endsWith(".html")) {
				assertFalse(file.getValue().contains("http://") || file.getValue().contains("https://"), "no external resources: " + file.getKey());
			}
		}
		List<String> broken = SiteLinks.broken(files);
		assertEquals(List.of(), broken);
	}

	@Test
	void modelTextIsEscapedOnEveryPage() throws Exception {
		Fixtures.write(dir, "evil.govmodel", """
				jurisdiction x "<script>alert(1)</script>" country
				/** Doc with <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) */
				strategic group council "Council *bold* <b>x</b>" {
				    members ngo
				}
				organization ngo "NGO | pipe" ngo civil-society
				directive institution sec "Sec" secretariat
				""");
		Map<String, String> files = generate(dir);
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().endsWith(".html")) {
				assertFalse(file.getValue().contains("<script") || file.getValue().contains("<img src=x") || file.getValue().contains("<b>x"), file.getKey());
				assertFalse(file.getValue().contains("href=\"javascript:"), file.getKey());
			}
		}
		assertTrue(files.get("docs/x/bodies/council.html").contains("Council *bold* &lt;b&gt;x&lt;/b&gt;"), files.get("docs/x/bodies/council.html"));
	}

	@Test
	void theSameModelGivesTheSameSite() throws Exception {
		assertEquals(generate(Path.of("../examples")), generate(Path.of("../examples")));
	}
}
