package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.generators.diagrams.DiagramFiles;
import org.govmodel.generators.scorecards.ScorecardGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a valid model declares is missing from the reports, and no two
 * reports share a path, on tricky valid models: one case per way names used
 * to collide or elements went missing (each a regression of a reported loss or
 * crash). For every case every output is generated and checked: each
 * jurisdiction is in an overview (its own, or one of a jurisdiction within
 * it), each body, unit, authority, board, solution, sector, service,
 * instrument, project, milestone, indicator, lever and assessment is where it
 * belongs in the documentation, in every diagram format and in the
 * scorecards; the paths are distinct ignoring case, bounded in length and
 * free of names Windows reserves; every link of the site leads to a generated
 * file. Models whose jurisdictions the reports could not place do not
 * validate, so they never reach the reports.
 */
class NothingIsLostTest {

	private static final String LONG = "l".repeat(300);

	/** The page of its subject's site that lists each element of these kinds, found there by its title. */
	private static final Map<EClass, String> LISTED_ON = Map.of(GovModelPackage.Literals.SECTOR, "/sectors.md", GovModelPackage.Literals.SERVICE,
			"/sectors.md", GovModelPackage.Literals.INSTRUMENT, "/instruments.md", GovModelPackage.Literals.PROJECT, "/projects.md",
			GovModelPackage.Literals.MILESTONE, "/projects.md", GovModelPackage.Literals.INDICATOR, "/projects.md", GovModelPackage.Literals.LEVER,
			"/levers.md");

	@TempDir
	Path dir;

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("one jurisdiction name in two namespaces", Map.of("a.govmodel", """
						namespace na
						jurisdiction land "Land North" country
						operational institution agency "North Agency" agency public {
						    cto "North CTO"
						    unit northUnit "North Unit"
						}
						solution eid digital-identity "North eID" {
						    owner agency
						}
						""", "b.govmodel", """
						namespace nb
						jurisdiction land "Land South" country
						operational institution agency "South Agency" agency public {
						    cto "South CTO"
						    unit southUnit "South Unit"
						}
						solution eid digital-identity "South eID" {
						    owner agency
						}
						""")),
				Arguments.of("the same file name in two folders, no jurisdiction", Map.of("x/m.govmodel", """
						strategic group first "First Council" {
						    members minFirst
						}
						institution minFirst "First Ministry" ministry public
						assessment y2023 of maturity year 2023 {
						    1.1.1 = 2
						}
						""", "y/m.govmodel", """
						strategic group second "Second Council" {
						    members minSecond
						}
						institution minSecond "Second Ministry" ministry public
						assessment y2024 of maturity year 2024 {
						    1.1.1 = 3
						}
						""")),
				Arguments.of("names equal after sanitising, or but for case, reserved by Windows, very long", Map.of("ids.govmodel", """
						jurisdiction ids "Ids" country
						strategic group council "Council" {
						    members min-a, min_a, agency, Agency, CON, nul, %s
						}
						directive institution min-a "Ministry dash" ministry public {
						    cio "Dash CIO"
						}
						directive institution min_a "Ministry underscore" ministry public {
						    cio "Underscore CIO"
						}
						institution agency "Agency lower" ministry public
						institution Agency "Agency upper" ministry public
						institution CON "Console ministry" ministry public
						institution nul "Null ministry" ministry public
						institution %s "Long ministry" ministry public
						""".formatted(LONG, LONG))),
				Arguments.of("an assessment named index, and Windows-reserved", Map.of("m.govmodel", """
						jurisdiction q "Q" country
						operational institution ops "Operations" agency public
						assessment index of maturity year 2024 {
						    1.1.1 = 2
						}
						assessment con of maturity year 2025 {
						    1.1.1 = 3
						}
						law lawA "Law A" year 2020
						project projA "Project A" {
						    budget 10 USD
						}
						incentive levA for institutions "Lever A"
						""")),
				Arguments.of("a units diagram named like another jurisdiction's governance diagram", Map.of("a.govmodel", """
						jurisdiction a "A" country
						operational institution b-governance "B Governance" agency public {
						    unit bUnit "B Unit" {
						        cto "B Unit CTO"
						    }
						}
						""", "b.govmodel", """
						jurisdiction a-units-b "A units B" country
						operational institution gov "Gov" agency public {
						    unit gUnit "G Unit"
						}
						""")),
				Arguments.of("jurisdictions declared only as parents, a country above a province above a city", Map.of("regions.govmodel", """
						jurisdiction testland "Republic of Testland" country
						jurisdiction northProvince "Northern Province" province of testland
						jurisdiction islands "Island Federation" country
						""", "city.govmodel", """
						jurisdiction harbour "Harbour City" municipality of northProvince
						operational institution cityAgency "Harbour Digital Agency" agency public {
						    board "Harbour Agency Board" {
						        chair cityAgency
						    }
						}
						solution cityId digital-identity "Harbour eID" {
						    owner cityAgency
						}
						sector health "Harbour Health Sector" uses cityId {
						    service appointments "Harbour Clinic Appointments" provided by cityAgency uses cityId
						}
						project portal "Harbour Portal Project" {
						    owner cityAgency
						    milestone launch "Harbour Portal Launch" 2025-06
						    indicator users "Harbour Portal Users" target 1000 by 2026
						}
						""", "atoll.govmodel", """
						namespace isl
						jurisdiction atoll "Atoll Region" region of islands
						institution atollOffice "Atoll Office" office public
						""")));
	}

	/** The audit's models that validated while jurisdictions had no place in any report. */
	static Stream<Arguments> modelsThatCannotPlaceAJurisdiction() {
		return Stream.of(
				Arguments.of("a second jurisdiction in one file", "GOV-JUR-001", Map.of("two.govmodel", """
						jurisdiction a "Alpha" country
						jurisdiction b "Beta" country
						institution x "X" ministry public
						""")),
				Arguments.of("two jurisdictions naming each other as parent", "GOV-JUR-002", Map.of("a.govmodel", """
						jurisdiction j0 "J" country of j1
						""", "b.govmodel", """
						jurisdiction j1 "J" country of j0
						""")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelsThatCannotPlaceAJurisdiction")
	void aModelWhoseJurisdictionsTheReportsCannotPlaceDoesNotValidate(String name, String rule, Map<String, String> files) throws Exception {
		write(files);
		AssertionError refused = assertThrows(AssertionError.class, () -> Fixtures.load(dir), name);
		assertTrue(refused.getMessage().contains(rule), refused.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void everyDeclaredElementIsInTheReportsAndEveryPathIsDistinct(String name, Map<String, String> files) throws Exception {
		write(files);
		List<Model> models = Fixtures.load(dir);
		Map<String, String> out = Fixtures.get(Reports.class).generate(models, List.of(), EnumSet.allOf(Reports.Output.class)).files();
		assertPathsAreDistinctAndPortable(out.keySet());
		assertEquals(List.of(), SiteLinks.broken(out), "every link leads to a generated file");
		List<String> missing = new ArrayList<>();
		IQualifiedNameProvider names = Fixtures.get(IQualifiedNameProvider.class);
		Map<Assessment, String> scorecards = Fixtures.get(ScorecardGenerator.class).htmlScorecards(models);
		for (Model model : models) {
			for (EObject element : (Iterable<EObject>) model::eAllContents) {
				String what = element.eClass().getName() + " " + names.getFullyQualifiedName(element);
				String page = LISTED_ON.get(element.eClass());
				if (page != null) {
					expect(missing, what, "its subject's " + page, out, isDocsPage(page), (String) element.eGet(element.eClass().getEStructuralFeature("title")));
				}
				if (element instanceof Jurisdiction jurisdiction) {
					expect(missing, what, "an overview", out, isDocsPage("/index.md"), jurisdiction.getTitle());
				} else if (element instanceof Body body) {
					expect(missing, what, "a page", out, isDocsPage("/bodies/"), "# " + body.getTitle());
					if (!body.getTiers().isEmpty()) {
						expectInEveryDiagramFormat(missing, what, out, body.getTitle());
					}
				} else if (element instanceof Unit unit) {
					expect(missing, what, "its body's page", out, isDocsPage("/bodies/"), unit.getTitle());
					if (operationalBodyOf(unit)) {
						expectInEveryDiagramFormat(missing, what, out, unit.getTitle());
					}
				} else if (element instanceof Authority authority) {
					expect(missing, what, "its body's page", out, isDocsPage("/bodies/"), authority.getTitle());
					if (authority.eContainer() instanceof Unit || !((Body) authority.eContainer()).getTiers().isEmpty()) {
						expectInEveryDiagramFormat(missing, what, out, authority.getTitle());
					}
				} else if (element instanceof Board board && board.getTitle() != null) {
					expect(missing, what, "its body's page", out, isDocsPage("/bodies/"), board.getTitle());
					if (!((Body) board.eContainer()).getTiers().isEmpty()) {
						expectInEveryDiagramFormat(missing, what, out, board.getTitle());
					}
				} else if (element instanceof Solution solution) {
					expect(missing, what, "the catalogue", out, isDocsPage("/solutions.md"), solution.getTitle());
					expectInEveryDiagramFormat(missing, what, out, solution.getTitle());
				} else if (element instanceof Assessment assessment) {
					expect(missing, what, "the scorecards index", out, p -> p.equals("scorecards/index.md"), String.valueOf(names.getFullyQualifiedName(assessment)));
					String scorecard = scorecards.get(assessment);
					if (scorecard == null || !out.containsKey(scorecard) || !out.containsKey(scorecard.replace(".html", ".md"))) {
						missing.add(what + ": no scorecard");
					}
				}
			}
		}
		assertEquals(List.of(), missing, name);
	}

	private void write(Map<String, String> files) throws Exception {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = dir.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
	}

	private static boolean operationalBodyOf(Unit unit) {
		EObject container = unit.eContainer();
		while (container instanceof Unit) {
			container = container.eContainer();
		}
		return container instanceof Body body && body.getTiers().contains(Tier.OPERATIONAL);
	}

	private static Predicate<String> isDocsPage(String part) {
		return path -> path.startsWith("docs/") && path.endsWith(".md") && path.contains(part);
	}

	private static void expect(List<String> missing, String what, String where, Map<String, String> out, Predicate<String> files, String text) {
		if (out.entrySet().stream().noneMatch(file -> files.test(file.getKey()) && file.getValue().contains(text))) {
			missing.add(what + ": not in " + where);
		}
	}

	private static void expectInEveryDiagramFormat(List<String> missing, String what, Map<String, String> out, String title) {
		for (String format : DiagramFiles.FORMATS) {
			expect(missing, what, "a " + format + " diagram", out, path -> path.startsWith(DiagramFiles.FOLDER) && path.endsWith(format), title);
		}
	}

	/** No two paths are one file on a case-insensitive file system; every name is short and one Windows allows. */
	static void assertPathsAreDistinctAndPortable(Collection<String> paths) {
		Map<String, String> folded = new HashMap<>();
		for (String path : paths) {
			String other = folded.put(path.toLowerCase(Locale.ROOT), path);
			assertTrue(other == null, "'" + path + "' and '" + other + "' are one file on a case-insensitive file system");
			for (String segment : path.split("/")) {
				assertTrue(segment.getBytes(StandardCharsets.UTF_8).length <= 100, "a short file name: " + path);
				String base = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
				assertTrue(!base.toLowerCase(Locale.ROOT).matches("con|prn|aux|nul|com[0-9]|lpt[0-9]"), "a name Windows reserves: " + path);
			}
		}
	}
}
