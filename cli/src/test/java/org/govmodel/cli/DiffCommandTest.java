package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * govmodel diff on real pairs of revisions in a temporary git repository: the
 * Córdoba example committed, then changed as a modeller would.
 */
class DiffCommandTest {

	private static final String FILE = "models/cordoba.govmodel";

	@TempDir
	Path folder;

	private GitRepository repo;
	private String cordoba;

	@BeforeEach
	void commitTheExample() throws Exception {
		cordoba = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		repo = new GitRepository(folder).commit(FILE, cordoba, "Córdoba 2023");
	}

	private CliRun diff(String... options) {
		String[] args = new String[options.length + 3];
		args[0] = "diff";
		args[1] = "--git";
		args[2] = "HEAD~1..HEAD";
		System.arraycopy(options, 0, args, 3, options.length);
		String[] withPath = java.util.Arrays.copyOf(args, args.length + 1);
		withPath[args.length] = folder.toString();
		return CliRun.of(withPath);
	}

	/** The issue's case: two scores changed, a member added and a body renamed. */
	private void commitAReviewersChange() throws Exception {
		repo.commit(FILE, cordoba.replace("minCyT", "minCiencia").replace("    1.1.2 = 1\n", "    1.1.2 = 3\n").replace("    3.2.1 = 1\n", "    3.2.1 = 2\n")
				.replace("members minCoord, minFin, minCiencia, camTic\n", "members minCoord, minFin, minCiencia, camTic, unc\n"), "Review me");
	}

	@Test
	void theIssuesChangeIsARenameAMemberAndTwoScoresNotMovedLines() throws Exception {
		commitAReviewersChange();
		CliRun run = diff();
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith("1 renamed, 1 changed, 2 scores changed in 1 assessment\n"), run.out());
		assertTrue(run.out().contains("renamed institution minCyT → minCiencia \"Ministerio de Ciencia y Tecnología\""), run.out());
		assertTrue(run.out().contains("members: camTic, minCiencia, minCoord, minFin → camTic, minCiencia, minCoord, minFin, unc"), run.out());
		assertTrue(run.out().contains("    1.1.2 1 → 3 (+2.00)  gap 2.00 → 0.00\n"), run.out());
		assertTrue(run.out().contains("    component 1.1 mean 1.50 → 2.00 (+0.50), gap 1.50 → 1.00\n"), run.out());
		assertFalse(run.out().contains("\u001b["), "no colour when not on a terminal");
		assertFalse(run.hasStackTrace());
	}

	@Test
	void aFormattingOnlyCommitHasNoSemanticChange() throws Exception {
		repo.commit(FILE, cordoba.replace("    ", "  ").replace("members minCoord, minFin, minCyT, camTic, unc", "members unc, camTic,\n   minCyT, minFin, minCoord")
				+ "\n// a comment at the end\n", "Reformat");
		CliRun run = diff();
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals("no semantic change\n", run.out());
	}

	@Test
	void aRevisionAgainstTheWorkingTreeAndFoldersOnDisk() throws Exception {
		Files.writeString(folder.resolve(FILE), cordoba.replace("status operational since 2021", "status retired since 2024"));
		CliRun run = CliRun.of("diff", "--git", "HEAD", folder.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("changed solution csirt"), run.out());
		assertTrue(run.out().contains("status: operational → retired"), run.out());
		CliRun files = CliRun.of("diff", Path.of("../examples/cordoba-2023.govmodel").toString(), folder.resolve(FILE).toString());
		assertEquals(1, files.exit());
		assertTrue(files.out().contains("status since: 2021 → 2024"), files.out());
	}

	@Test
	void editingAPastAssessmentIsFlaggedAsAHistoryRewrite() throws Exception {
		String withLater = cordoba + "\nassessment y2025 of maturity year 2025 {\n    1.1.1 = 3\n}\n";
		repo.commit(FILE, withLater, "2025 assessment");
		repo.commit(FILE, withLater.replace("    1.1.2 = 1\n", "    1.1.2 = 2\n"), "Fix a 2023 score");
		CliRun markdown = diff("--format", "markdown");
		assertEquals(1, markdown.exit());
		assertTrue(markdown.out().contains("> **History rewrite.** Scores or targets of an assessment that is not the latest of its framework changed: `y2023` (2023)."),
				markdown.out());
		assertTrue(markdown.out().contains("| 1.1.2 Strategic powers | 1 | 2 | +1.00 | 1.1: 1.50 → 1.75 (+0.25) | 1: 2.58 → 2.67 (+0.08) | 2.00 → 1.00 |"),
				markdown.out());
		assertTrue(diff().out().contains("history rewrite: a later assessment of this framework exists"));
	}

	@Test
	void theJsonFollowsItsDocumentedSchema() throws Exception {
		commitAReviewersChange();
		JsonNode json = new ObjectMapper().readTree(diff("--format", "json").out());
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.readString(Path.of("../docs/diff.schema.json"), StandardCharsets.UTF_8));
		Set<ValidationMessage> errors = schema.validate(json);
		assertEquals(Set.of(), errors);
		assertEquals("renamed", json.get("elements").get(1).get("change").asText());
		assertEquals("minCyT", json.get("elements").get(1).get("oldName").asText());
		assertEquals(2, json.get("assessments").get(0).get("variables").size());
		assertFalse(schema.validate(new ObjectMapper().readTree(diff("--format", "json").out().replace("\"renamed\"", "\"moved\""))).isEmpty(),
				"the schema rejects a change kind that does not exist");
	}

	@Test
	void theHtmlPageShowsBothDiagramsWithMarkedBoxesAndBothRadarPolygons() throws Exception {
		repo.commit(FILE, cordoba.replace("organization redCiudadana \"Red de organizaciones ciudadanas\" association civil-society\n", "")
				.replace("members minCoord, minFin, minCyT, camTic, unc", "members minCoord, minFin, minCyT, camTic, unc, minInd")
				.replace("incentive premio", "institution minInd \"Ministerio de Industria\" ministry public\nincentive premio")
				.replace("    1.1.2 = 1\n", "    1.1.2 = 3\n"), "Industry joins the commission");
		CliRun run = diff("--format", "html");
		assertEquals(1, run.exit(), run.err());
		List<String> errors = new java.util.ArrayList<>();
		Parser parser = Parser.htmlParser().setTrackErrors(100);
		Document page = Jsoup.parse(run.out(), "", parser);
		parser.getErrors().forEach(e -> errors.add(e.toString()));
		assertEquals(List.of(), errors, "the page is valid HTML5 as a browser's parser reads it");
		assertEquals("1 added, 1 removed, 1 changed, 1 score changed in 1 assessment", page.getElementById("headline").text());
		assertEquals(1, page.select("figure.after svg g.added").size(), "the added ministry is marked in the new diagram");
		assertEquals("Ministerio de Industria", page.select("figure.after svg g.added text").first().text());
		assertEquals(List.of("Comisión de Transformación Digital"), page.select("figure.before svg g.changed").stream().map(box -> String.join(" ", box.select("text[font-weight=bold]").eachText())).toList(),
				"the commission whose members changed is marked in both diagrams");
		assertEquals(List.of("Comisión de Transformación Digital"), page.select("figure.after svg g.changed").stream().map(box -> String.join(" ", box.select("text[font-weight=bold]").eachText())).toList());
		assertEquals(2, page.select("figure.radar svg polygon[fill-opacity]").size(), "the radar draws the old and the new polygon");
		assertTrue(page.select("table td").eachText().contains("1.1.2 Strategic powers"));
		assertTrue(page.select("style").first().data().contains("g.box.added rect") && page.select("style").first().data().contains("g.line.added polyline"));
		assertTrue(page.select("script").isEmpty(), "self-contained and static");
	}

	@Test
	void aRevisionThatDoesNotParseGivesItsDiagnosticsAndExitTwo() throws Exception {
		repo.commit(FILE, cordoba.replace("institution governor \"", "institution governor = \""), "Typo");
		CliRun run = diff();
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("govmodel diff: HEAD does not parse:"), run.err());
		assertTrue(run.err().contains("cordoba.govmodel:19:"), run.err());
		assertTrue(run.err().contains("[GOV-SYNTAX-001]"), run.err());
		assertFalse(run.hasStackTrace());
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, CliRun.of("diff", "only-one").exit());
		assertEquals(2, CliRun.of("diff", "--git", "nosuchrev..HEAD", folder.toString()).exit());
		CliRun outside = CliRun.of("diff", "--git", "HEAD", System.getProperty("java.io.tmpdir") + "/no-such-folder-for-govmodel");
		assertEquals(2, outside.exit());
		assertFalse(outside.hasStackTrace());
	}

	/** The two versions load at the same time; a refusal of the newer comes back from its thread, the older's first. */
	@Test
	void anUnknownRevisionOnEitherSideIsOneUsageErrorTheOlderFirst() {
		CliRun newer = CliRun.of("diff", "--git", "HEAD..nosuchnew", folder.toString());
		assertEquals(2, newer.exit());
		assertTrue(newer.err().strip().startsWith("govmodel diff: unknown revision 'nosuchnew'"), newer.err());
		assertEquals(1, newer.err().strip().lines().count(), newer.err());
		CliRun both = CliRun.of("diff", "--git", "nosuchold..nosuchnew", folder.toString());
		assertEquals(2, both.exit());
		assertTrue(both.err().strip().startsWith("govmodel diff: unknown revision 'nosuchold'"), both.err());
		assertEquals(1, both.err().strip().lines().count(), both.err());
	}

	@Test
	void gitDiffAndGitLogShowTheSemanticSummaryThroughTheDiffDriver() throws Exception {
		Files.writeString(folder.resolve(".gitattributes"), "*.govmodel diff=govmodel\n");
		repo.git("add", ".gitattributes");
		repo.git("commit", "-q", "-m", "GovModel diff driver");
		repo.git("config", "diff.govmodel.command", GitRepository.govmodelCommand() + " diff --git-driver");
		commitAReviewersChange();
		String diff = repo.git("diff", "HEAD~1", "HEAD");
		assertTrue(diff.contains("govmodel diff a/models/cordoba.govmodel b/models/cordoba.govmodel\n1 renamed, 1 changed, 2 scores changed in 1 assessment"), diff);
		assertTrue(diff.contains("renamed institution minCyT → minCiencia"), diff);
		String log = repo.git("log", "-p", "--ext-diff", "-1");
		assertTrue(log.contains("Review me") && log.contains("renamed institution minCyT → minCiencia"), log);
	}

	@Test
	void withTextconvGitLogShowsChangedFactsAndAFormattingOnlyCommitShowsNothing() throws Exception {
		Files.writeString(folder.resolve(".gitattributes"), "*.govmodel diff=govmodel\n");
		repo.git("add", ".gitattributes");
		repo.git("commit", "-q", "-m", "GovModel textconv");
		repo.git("config", "diff.govmodel.textconv", GitRepository.govmodelCommand() + " diff --textconv");
		commitAReviewersChange();
		repo.commit(FILE, Files.readString(folder.resolve(FILE)).replace("    ", "  ") + "// reformatted\n", "Reformat");
		String log = repo.git("log", "-p", "-2", "--format=commit %s");
		String reformat = log.substring(0, log.indexOf("commit Review me"));
		assertFalse(reformat.contains("@@"), "a formatting-only commit changes no fact:\n" + reformat);
		String review = log.substring(log.indexOf("commit Review me"));
		assertTrue(review.contains("\n-minCyT (institution)\n") && review.contains("\n+minCiencia (institution)\n"), review);
		assertTrue(review.contains("\n-y2023  1.1.2 = 1.00 (gap 2.00)\n+y2023  1.1.2 = 3.00 (gap 0.00)\n"), review);
		assertTrue(review.contains("+agencia.board  members: camTic, minCiencia, minCoord, minFin, unc"), review);
	}

	/** --lang reaches every format: words, decimals, framework titles and the page's lang; JSON keys and change values stay. */
	@Test
	void theReviewersSummaryInSpanishAndPortuguese() throws Exception {
		commitAReviewersChange();
		CliRun markdown = diff("--lang", "es", "--format", "markdown");
		assertEquals(1, markdown.exit(), markdown.err());
		assertTrue(markdown.out().startsWith("### GovModel: 1 elemento renombrado, 1 elemento modificado, 2 puntajes modificados en 1 evaluación\n"),
				markdown.out());
		assertTrue(markdown.out().contains("**y2023** (Modelo de madurez del gobierno digital de la CEPAL, 2023): promedio 2,59 → 2,68 (+0,08)"),
				markdown.out());
		assertTrue(markdown.out().contains("| Variable | Antes | Después | Δ | Promedio del componente | Promedio del área | Brecha |"), markdown.out());
		assertTrue(markdown.out().contains("| 1.1.2 Atribuciones estratégicas | 1 | 3 | +2,00 | 1.1: 1,50 → 2,00 (+0,50) |"), markdown.out());
		assertTrue(markdown.out().contains("- cambio de nombre: institución minCyT → minCiencia"), markdown.out());
		Document page = Jsoup.parse(diff("--lang", "pt", "--format", "html").out());
		assertEquals("pt-BR", page.selectFirst("html").attr("lang"));
		assertEquals("Mudanças do modelo HEAD~1 → HEAD", page.title());
		assertEquals("1 elemento renomeado, 1 elemento alterado, 2 pontuações alteradas em 1 avaliação", page.getElementById("headline").text());
		JsonNode json = new ObjectMapper().readTree(diff("--lang", "es", "--format", "json").out());
		assertEquals("renamed", json.get("elements").get(1).get("change").asText(), "machine values stay the same in every language");
		assertEquals("1 elemento renombrado, 1 elemento modificado, 2 puntajes modificados en 1 evaluación", json.get("summary").asText());
	}
}
