package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.i18n.Vocabulary;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.generators.ReportOptions.Audience;
import org.govmodel.generators.docs.DocsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation site: content, findings for reviewers only, working links, its home, escaping, determinism. */
class DocsGeneratorTest {

	private static final ReportOptions PUBLIC_EN = ReportOptions.defaults();
	private static final ReportOptions REVIEW_EN = ReportOptions.defaults().withAudience(Audience.REVIEW);

	@TempDir
	Path dir;

	private static final Map<String, Map<String, String>> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

	/** Every report of the models, as `govmodel generate` writes them (generated once per test run). */
	static Map<String, String> generate(Path path, ReportOptions options) throws Exception {
		String key = path + " " + options;
		Map<String, String> files = GENERATED.get(key);
		if (files == null) {
			files = generateAgain(path, options);
			GENERATED.put(key, files);
		}
		return files;
	}

	static Map<String, String> generateAgain(Path path, ReportOptions options) throws Exception {
		ModelLoader loader = Fixtures.get(ModelLoader.class);
		LoadedModels loaded = loader.load(ModelFiles.collect(List.of(path)));
		List<ModelDiagnostic> diagnostics = loader.validate(loaded);
		List<Model> models = loaded.models().toList();
		return Fixtures.get(Reports.class).generate(models, diagnostics, EnumSet.allOf(Reports.Output.class), options).files();
	}

	/** The site's pages (its home and everything under docs/) in HTML. */
	static Map<String, String> sitePages(Map<String, String> files) {
		Map<String, String> pages = new java.util.TreeMap<>();
		files.forEach((path, content) -> {
			if (path.equals(DocsGenerator.HOME) || path.startsWith(DocsGenerator.FOLDER) && path.endsWith(".html")) {
				pages.put(path, content);
			}
		});
		return pages;
	}

	/** What a reader sees of an HTML page: its text without tags, entities decoded. */
	static String visibleText(String html) {
		return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"");
	}

	/**
	 * The texts of the examples and the standard library (titles, documentation comments): model text,
	 * shown as written, which may use a keyword as a word ("digital-government maturity model").
	 */
	private static List<String> modelTexts() throws java.io.IOException {
		List<String> texts = new ArrayList<>();
		List<Path> sources = new ArrayList<>();
		try (var examples = java.nio.file.Files.list(Path.of("../examples")); var library = java.nio.file.Files.walk(Path.of("../dsl/src/main/resources/govmodel/library"))) {
			java.util.stream.Stream.concat(examples, library).filter(f -> f.toString().endsWith(".govmodel")).forEach(sources::add);
		}
		for (Path file : sources) {
			Matcher m = Pattern.compile("(?s)/\\*\\*(.*?)\\*/|\"([^\"\\n]*)\"").matcher(java.nio.file.Files.readString(file));
			while (m.find()) {
				String text = m.group(1) != null ? m.group(1).replaceAll("(?m)^\\s*\\*", " ") : m.group(2);
				text = text.replaceAll("\\s+", " ").trim();
				if (!text.isEmpty()) {
					texts.add(text);
				}
			}
		}
		texts.sort(java.util.Comparator.comparingInt(String::length).reversed());
		return texts;
	}

	@Test
	void cordobaHasAnOverviewBodyPagesAndCatalogues() throws Exception {
		Map<String, String> files = generate(Path.of("../examples/cordoba-2023.govmodel"), PUBLIC_EN);
		String index = files.get("docs/cordoba/index.md");
		assertTrue(index.startsWith("# Provincia de Córdoba: governance of digital transformation"), index);
		assertTrue(index.contains("Strategy approach: people-centred"), index);
		assertTrue(index.contains("[![Governance structure of Provincia de Córdoba"), "the diagram is embedded, linked to itself, with alt text");
		assertTrue(index.contains("- [Secretaría General de Gobierno Digital](bodies/secGD.md)"), index);
		assertTrue(index.contains("](../../scorecards/y2023.html)"), "the overview links to its scorecards: " + index);
		String agency = files.get("docs/cordoba/bodies/agencia.md");
		assertTrue(agency.contains("Under the authority of: [Secretaría General de Gobierno Digital](../bodies/secGD.md)"), agency);
		assertTrue(agency.contains("Runs the cross-cutting solutions for the whole provincial administration."), "documentation comments appear");
		String secretariat = files.get("docs/cordoba/bodies/secGD.md");
		assertTrue(secretariat.contains("Oversees: [Agencia de Innovación Digital](../bodies/agencia.md)"), "reverse lines are listed: " + secretariat);
		String solutions = files.get("docs/cordoba/solutions.md");
		assertTrue(solutions.contains("## Prerequisite matrix"));
		assertTrue(files.get("docs/cordoba/tiers/operational.md").contains("Measured by maturity component 1.3: "), files.get("docs/cordoba/tiers/operational.md"));
		assertTrue(files.get("docs/cordoba/solutions.html").contains("<title>Cross-cutting solutions · Provincia de Córdoba</title>"));
		assertTrue(files.get("docs/cordoba/levers.md").contains("| Penalty | Restricción de fondos a proyectos fuera de estándar | institutions |"),
				files.get("docs/cordoba/levers.md"));
	}

	@Test
	void modelKeywordsAreShownAsTheReadersWords() throws Exception {
		Map<String, String> files = generate(Path.of("../examples"), PUBLIC_EN);
		List<String> keywords = new ArrayList<>();
		Vocabulary english = new Vocabulary(Language.EN);
		for (EClassifier classifier : GovModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum e) {
				// a keyword whose English word is the same ("people-centred") may appear in English
				e.getELiterals().stream().filter(l -> l.getLiteral().contains("-") && !english.text(l.getInstance()).equals(l.getLiteral()))
						.map(EEnumLiteral::getLiteral).forEach(keywords::add);
			}
		}
		List<String> modelTexts = modelTexts();
		for (Map.Entry<String, String> page : sitePages(files).entrySet()) {
			String text = visibleText(page.getValue()).replaceAll("\\s+", " ");
			for (String modelText : modelTexts) {
				text = text.replace(modelText, " ");
			}
			for (String keyword : keywords) {
				assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(keyword) + "(?![\\w-])").matcher(text).find(), page.getKey() + " shows the keyword " + keyword);
			}
		}
		String agency = visibleText(files.get("docs/cr/bodies/agencia.html"));
		assertTrue(agency.contains("Powers: define solutions, design solutions, implement solutions"), agency);
		assertTrue(agency.contains("Form: institution (agency)"), agency);
		assertTrue(agency.contains("Sector: public sector"), agency);
	}

	@Test
	void countsAreWrittenWithTheLanguagesPlurals() throws Exception {
		Map<String, String> en = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN);
		String overview = en.get("docs/cr/index.md");
		assertTrue(overview.contains("[1 project](projects.md)"), overview);
		assertTrue(overview.contains("[5 cross-cutting solutions](solutions.md)"), overview);
		assertTrue(overview.contains("Administration term: 4 years"), overview);
		assertFalse(overview.contains("1 projects"));
		String es = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN.withLanguage(Language.ES)).get("docs/cr/index.md");
		assertTrue(es.contains("[1 proyecto](projects.md)") && es.contains("[5 soluciones transversales](solutions.md)"), es);
		assertTrue(es.contains("Período de gobierno: 4 años"), es);
		String pt = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN.withLanguage(Language.PT)).get("docs/cr/index.md");
		assertTrue(pt.contains("[1 projeto](projects.md)") && pt.contains("[5 soluções transversais](solutions.md)"), pt);
	}

	@Test
	void theLibrarysDescriptionsAreShownInTheReadersLanguage() throws Exception {
		// the tiers' descriptions come from the standard library, written in English with translations (`in es "…" "…"`)
		Map<String, String> expected = Map.of("en", "Coordinates sectors and entities", "es", "Coordina a los sectores y las entidades", "pt",
				"Coordena setores e entidades");
		for (Language language : Language.values()) {
			Map<String, String> files = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN.withLanguage(language));
			String strategic = visibleText(files.get("docs/cr/tiers/strategic.html")).replaceAll("\\s+", " ");
			expected.forEach((code, description) -> assertEquals(code.equals(language.code()), strategic.contains(description),
					language.code() + " page, " + code + " description: " + strategic));
		}
		// and no translated library element shows its English comment on a page in another language
		LocalizedTitles titles = Fixtures.get(LocalizedTitles.class);
		for (Language language : List.of(Language.ES, Language.PT)) {
			StringBuilder site = new StringBuilder();
			sitePages(generate(Path.of("../examples"), REVIEW_EN.withLanguage(language))).values()
					.forEach(page -> site.append(visibleText(page).replaceAll("\\s+", " ")).append('\n'));
			for (EObject element : libraryElements()) {
				Optional<String> written = titles.description(element, Language.EN);
				if (written.isPresent() && titles.isTranslated(element, language)) {
					assertFalse(site.toString().contains(written.get().replaceAll("\\s+", " ")), language.code() + " site shows " + written.get());
				}
			}
		}
	}

	private static List<EObject> libraryElements() throws Exception {
		ModelLoader loader = Fixtures.get(ModelLoader.class);
		LoadedModels loaded = loader.load(ModelFiles.collect(List.of(Path.of("../examples/starter.govmodel"))));
		StandardLibrary library = Fixtures.get(StandardLibrary.class);
		List<EObject> elements = new ArrayList<>();
		for (Resource resource : loaded.resourceSet().getResources()) {
			if (library.contains(resource.getURI())) {
				resource.getAllContents().forEachRemaining(elements::add);
			}
		}
		assertFalse(elements.isEmpty(), "the library is loaded");
		return elements;
	}

	@Test
	void budgetsHaveThousandsSeparatorsAndTheirCurrency() throws Exception {
		String en = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN).get("docs/cr/projects.md");
		assertTrue(en.contains("| $4,500,000.00 |"), en);
		String es = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN.withLanguage(Language.ES)).get("docs/cr/projects.md");
		assertTrue(es.contains("4.500.000,00\u00a0US$"), es);
		assertTrue(es.contains("octubre de 2024"), "dates in the reader's words: " + es);
	}

	@Test
	void servicesSectorsAndIndicatorsHaveTheirPlace() throws Exception {
		Map<String, String> files = generate(Path.of("../examples/cordoba-2023.govmodel"), PUBLIC_EN);
		String sectors = files.get("docs/cordoba/sectors.md");
		assertTrue(sectors.contains("| Turnos en línea | Salud |"), sectors);
		assertTrue(sectors.contains("| Boleta y pagos de impuestos | Tributos |"), sectors);
		String solutions = visibleText(files.get("docs/cordoba/solutions.html"));
		assertTrue(Pattern.compile("Portal[^\\n]*service Turnos en línea[^\\n]*service Boleta y pagos de impuestos").matcher(solutions.replace('\n', ' ')).find(),
				"the portal is used by the two services that use it: " + solutions);
		assertTrue(files.get("docs/cordoba/projects.md").contains("## Indicators"), files.get("docs/cordoba/projects.md"));
		assertTrue(files.get("docs/cordoba/projects.md").contains("Registros personales disponibles"));
	}

	@Test
	void authoritiesShowOnlyWhatTheModelStatesAndNameOnce() throws Exception {
		String agency = generate(Path.of("../examples/costa-rica.govmodel"), PUBLIC_EN).get("docs/cr/bodies/agencia.md");
		assertTrue(agency.contains("- **CTO: Director Ejecutivo de la Agencia**\n  - Rank: director\n  - Answers to: [Viceministro de Telecomunicaciones y Gobierno Digital](../bodies/viceministerio.md)\n"),
				agency);
		assertFalse(agency.contains("Viceministro de Telecomunicaciones y Gobierno Digital (Viceministerio"), "a name is not repeated");
		assertFalse(agency.contains("Appointment: \n") || agency.contains("| |"), "no empty facts");
	}

	@Test
	void thePublicSeesNoFindingsAndReviewersSeeThemWithFileAndLine() throws Exception {
		for (Map.Entry<String, String> page : sitePages(generate(Path.of("../examples"), PUBLIC_EN)).entrySet()) {
			assertFalse(page.getValue().contains("GOV-") || page.getValue().contains(".govmodel"), page.getKey());
		}
		Map<String, String> review = generate(Path.of("../examples/cordoba-2023.govmodel"), REVIEW_EN);
		String agency = review.get("docs/cordoba/bodies/agencia.md");
		assertTrue(Pattern.compile("warning GOV-AUTO-001: .*agencia.* \\\\\\(cordoba-2023\\.govmodel, line \\d+\\\\\\)").matcher(agency).find(), agency);
		String spanish = generate(Path.of("../examples/cordoba-2023.govmodel"), REVIEW_EN.withLanguage(Language.ES)).get("docs/cordoba/bodies/agencia.md");
		assertTrue(Pattern.compile("advertencia GOV-AUTO-001: .* \\\\\\(cordoba-2023\\.govmodel, línea \\d+\\\\\\)").matcher(spanish).find(), spanish);
	}

	@Test
	void everyFindingOfTheExamplesAppearsInTheReviewSiteWithFileAndLine() throws Exception {
		assertEveryFindingShown(Path.of("../examples"));
	}

	/** A finding on an assessment (which has no page of its own) is shown on its jurisdiction's overview. */
	@Test
	void aFindingOnAnAssessmentIsShownOnTheOverview() throws Exception {
		Fixtures.write(dir, "partial.govmodel", """
				jurisdiction x "Xland" country
				assessment y2024 of maturity year 2024 {
				    1.1.1 = 2
				}
				""");
		List<ModelDiagnostic> shown = assertEveryFindingShown(dir);
		assertTrue(shown.stream().anyMatch(d -> d.ruleId().equals("GOV-SCORE-002")), shown.toString());
		String overview = visibleText(generateAgain(dir, REVIEW_EN).get("docs/x/index.html"));
		assertTrue(overview.contains("GOV-SCORE-002"), overview);
	}

	/** Every finding of validation but errors is on some page of the review site, with its rule, message, file and line; returns them. */
	private static List<ModelDiagnostic> assertEveryFindingShown(Path path) throws Exception {
		ModelLoader loader = Fixtures.get(ModelLoader.class);
		LoadedModels loaded = loader.load(ModelFiles.collect(List.of(path)));
		List<ModelDiagnostic> diagnostics = loader.validate(loaded).stream().filter(d -> !d.isError()).toList();
		assertFalse(diagnostics.isEmpty(), "the models of " + path + " have findings");
		Map<String, String> files = Fixtures.get(Reports.class).generate(loaded.models().toList(), diagnostics, EnumSet.allOf(Reports.Output.class), REVIEW_EN)
				.files();
		StringBuilder site = new StringBuilder();
		sitePages(files).values().forEach(page -> site.append(visibleText(page).replaceAll("\\s+", " ")).append('\n'));
		for (ModelDiagnostic d : diagnostics) {
			String expected = d.ruleId() + ": " + d.message().replaceAll("\\s+", " ") + " (" + Path.of(d.path()).getFileName() + ", line " + d.line() + ")";
			assertTrue(site.indexOf(expected) >= 0, "the review site shows " + expected);
		}
		return diagnostics;
	}

	@Test
	void everyLinkOfTheSiteLeadsToAGeneratedFileWithoutNofollow() throws Exception {
		for (ReportOptions options : List.of(PUBLIC_EN, REVIEW_EN.withLanguage(Language.PT))) {
			Map<String, String> files = generate(Path.of("../examples"), options);
			Map<String, String> pages = sitePages(files);
			for (Map.Entry<String, String> page : pages.entrySet()) {
				assertFalse(page.getValue().contains("http://") || page.getValue().contains("https://"), "no external resources: " + page.getKey());
				assertFalse(page.getValue().contains("nofollow"), "links of the site are followed: " + page.getKey());
			}
			List<String> broken = SiteLinks.broken(files).stream().filter(link -> pages.containsKey(link.substring(0, link.indexOf(" -> ")))).toList();
			assertEquals(List.of(), broken);
		}
	}

	@Test
	void theHomeListsEveryJurisdictionDocumentationScorecardAndDiagram() throws Exception {
		Map<String, String> files = generate(Path.of("../examples"), PUBLIC_EN);
		String home = files.get(DocsGenerator.HOME);
		Set<String> links = new java.util.HashSet<>();
		Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(home);
		while (href.find()) {
			links.add(href.group(1));
		}
		for (String jurisdiction : List.of("Provincia de Córdoba", "República de Costa Rica")) {
			assertTrue(home.contains("<h2>" + jurisdiction + "</h2>"), home);
		}
		List<String> expected = new ArrayList<>();
		for (String path : files.keySet()) {
			boolean siteIndex = path.startsWith("docs/") && path.endsWith("/index.html") && path.chars().filter(c -> c == '/').count() == 2;
			boolean scorecard = path.startsWith("scorecards/") && path.endsWith(".html") && !path.contains("-trend");
			// a jurisdiction's radar of all years; one assessment's radar is shown in its scorecard, which the home links
			boolean radar = path.endsWith("-radar.svg") && !files.containsKey(path.replace("-radar.svg", ".html"));
			if (siteIndex || scorecard || path.startsWith("diagrams/") && path.endsWith(".svg") || radar) {
				expected.add(path);
			}
		}
		assertFalse(expected.isEmpty());
		for (String path : expected) {
			assertTrue(links.contains(path), "the home links to " + path + ": " + links);
		}
	}

	@Test
	void everyPageHasATitleAndTheReadersLanguage() throws Exception {
		for (Language language : Language.values()) {
			for (Map.Entry<String, String> page : sitePages(generate(Path.of("../examples"), PUBLIC_EN.withLanguage(language))).entrySet()) {
				assertTrue(page.getValue().contains("<html lang=\"" + language.tag() + "\">"), page.getKey());
				assertTrue(Pattern.compile("<title>[^<]+</title>").matcher(page.getValue()).find(), page.getKey());
			}
		}
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
		Map<String, String> files = generateAgain(dir, REVIEW_EN);
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().endsWith(".html")) {
				assertFalse(file.getValue().contains("<script") || file.getValue().contains("<img src=x") || file.getValue().contains("<b>x"), file.getKey());
				assertFalse(file.getValue().contains("href=\"javascript:"), file.getKey());
			}
		}
		assertTrue(files.get("docs/x/bodies/council.html").contains("Council *bold* &lt;b&gt;x&lt;/b&gt;"), files.get("docs/x/bodies/council.html"));
	}

	@Test
	void everyHtmlPageSaysWhatItsMarkdownPageSays() throws Exception {
		for (Language language : Language.values()) {
			assertEquals(List.of(), SiteMarkdown.disagreements(generate(Path.of("../examples"), REVIEW_EN.withLanguage(language))), language.code());
		}
	}

	@Test
	void textThatStartsLikeAMarkdownBlockIsShownAsWritten() throws Exception {
		Fixtures.write(dir, "blocks.govmodel", """
				jurisdiction x "  Spaced   out  " country
				/** 1. Coordinates the ministries */
				strategic group council "- Council" {
				    members ngo
				}
				/** - the first item, which is no list */
				organization ngo "2024. NGO" ngo civil-society
				/**     four spaces, which is no code */
				directive institution sec "Sec" secretariat {
				    unit first "1. Dirección de soluciones" {
				        unit second "--- Unidad" {
				            unit third "\tTabulada"
				        }
				    }
				    unit other "+ Otra"
				}
				""");
		Map<String, String> files = generateAgain(dir, REVIEW_EN);
		assertEquals(List.of(), SiteMarkdown.disagreements(files));
		String units = files.get("docs/x/bodies/sec.html");
		for (String unit : List.of("<li>1. Dirección de soluciones", "<li>--- Unidad", "<li>+ Otra")) {
			assertTrue(units.contains(unit), unit + " in " + units);
		}
		assertTrue(files.get("docs/x/bodies/council.html").contains("<h1>- Council</h1>"), files.get("docs/x/bodies/council.html"));
		assertTrue(files.get("docs/x/bodies/ngo.html").contains("<p>- the first item, which is no list</p>"), files.get("docs/x/bodies/ngo.html"));
		assertFalse(files.get("docs/x/bodies/sec.html").contains("<pre>"), files.get("docs/x/bodies/sec.html"));
	}

	@Test
	void aListOfLinksJoinsItsLastItemWithTheWordItsTextTakes() throws Exception {
		Fixtures.write(dir, "members.govmodel", """
				jurisdiction x "X" country
				strategic group council "Consejo" {
				    members hacienda, instituto
				}
				directive institution hacienda "Ministerio de Hacienda" secretariat
				directive institution instituto "Instituto de Innovación" secretariat
				""");
		Map<String, String> files = generateAgain(dir, REVIEW_EN.withLanguage(Language.ES));
		// Spanish writes "e", not "y", before a word that starts with the sound "i", also when the words are links
		assertTrue(visibleText(files.get("docs/x/bodies/council.html")).replaceAll("\\s+", " ").contains("Ministerio de Hacienda e Instituto de Innovación"),
				files.get("docs/x/bodies/council.html"));
		assertTrue(files.get("docs/x/bodies/council.md").contains("[Ministerio de Hacienda](../bodies/hacienda.md) e [Instituto de Innovación](../bodies/instituto.md)"),
				files.get("docs/x/bodies/council.md"));
	}

	@Test
	void theSameModelGivesTheSameSiteInEachLanguage() throws Exception {
		for (Language language : Language.values()) {
			ReportOptions options = REVIEW_EN.withLanguage(language);
			assertEquals(generate(Path.of("../examples"), options), generateAgain(Path.of("../examples"), options), language.code());
		}
	}
}
