package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression for stale diagnostics across files: a file's jurisdiction-wide
 * findings follow edits made in another file of the same jurisdiction, both
 * ways, while files of other jurisdictions are not checked again.
 * <p>
 * Each case edits only {@code b.govmodel} in the editor (unsaved, as while
 * typing) and watches the diagnostics the server publishes for
 * {@code a.govmodel}.
 */
class CrossFileDiagnosticsTest {

	private static final String LAND = "jurisdiction land \"Land\" country\n";

	@TempDir
	Path workspace;

	/**
	 * @param rule     the rule whose finding on a.govmodel depends on b.govmodel
	 * @param a        the file watched
	 * @param bRaising b's text with which a has the finding ({@code expected} in its message)
	 * @param bClear   b's text with which a has no such finding
	 */
	static Stream<Arguments> jurisdictionWideRules() {
		return Stream.of(
				Arguments.of("GOV-TIER-003", "No operational governance body", LAND,
						"directive institution sec \"Secretariat\" secretariat",
						"directive institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency {\n    under sec\n}"),
				Arguments.of("GOV-TIER-003", "No operational governance body", LAND,
						// b declares a jurisdiction of its own: its agency no longer counts for land
						"jurisdiction other \"Other\" country\noperational institution agency \"Agency\" agency",
						"operational institution agency \"Agency\" agency"),
				Arguments.of("GOV-AUTH-007", "shorter than an administration",
						"directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        appointment merit term 2 years\n    }\n}",
						"jurisdiction land \"Land\" country {\n    administration term 4 years\n}",
						// a term equal to the administration's is a finding too: only a shorter administration clears it
						"jurisdiction land \"Land\" country {\n    administration term 1 years\n}"),
				Arguments.of("GOV-LEVER-001", "has no incentive beside it",
						LAND + "penalty cut for institutions \"Funding cut\" as funding-limit",
						"incentive award for officials \"Award\" as recognition",
						"incentive award for institutions \"Award\" as recognition"),
				Arguments.of("GOV-CONS-001", "but the model has no directive body",
						LAND + "assessment y2023 of maturity year 2023 {\n    1.2.1 = 4\n}",
						"operational institution agency \"Agency\" agency",
						"directive institution sec \"Secretariat\" secretariat"),
				Arguments.of("GOV-INST-001", "created later",
						// the finding sits on the score, in a; whether the scored tier's body existed in 2023 is b's business
						LAND + "assessment y2023 of maturity year 2023 {\n    1.2.1 = 3\n}",
						"law act \"Digital Act\" year 2024\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}",
						"law act \"Digital Act\" year 2022\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}"),
				Arguments.of("GOV-LINE-001", "add `under` naming the directive body",
						LAND + "operational institution agency \"Agency\" agency",
						"directive institution sec \"Secretariat\" secretariat\ndirective institution sec2 \"Second\" secretariat",
						// still a finding, but now its advice names the one directive body
						"directive institution sec \"Secretariat\" secretariat"),
				Arguments.of("GOV-SOL-002", "which is not in the operational tier",
						// a follows a reference into b: the owner's tier is b's business
						LAND + "solution eid digital-identity \"eID\" {\n    owner agency\n}",
						"institution agency \"Agency\" agency",
						"operational institution agency \"Agency\" agency"),
				Arguments.of("GOV-NAME-002", "b.govmodel: rename one of them",
						// different jurisdictions: only the shared name ties the files
						"jurisdiction north \"North\" country\ninstitution minFin \"Finance\" ministry",
						"jurisdiction south \"South\" country\ninstitution minFin \"Hacienda\" ministry",
						"jurisdiction south \"South\" country\ninstitution minHac \"Hacienda\" ministry"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("jurisdictionWideRules")
	void aFollowsEditsInB(String rule, String expected, String a, String bRaising, String bClear) throws Exception {
		Path fileA = workspace.resolve("a.govmodel");
		Path fileB = workspace.resolve("b.govmodel");
		try (TestServer server = TestServer.startOn(workspace, Map.of("a.govmodel", a, "b.govmodel", bRaising))) {
			assertTrue(raises(server.diagnostics(fileA), rule, expected), "at start: " + server.diagnostics(fileA));
			server.open(fileB);
			server.type(fileB, bClear);
			assertTrue(!raises(server.diagnostics(fileA), rule, expected), "after b no longer raises it: " + server.diagnostics(fileA));
			server.type(fileB, bRaising);
			assertTrue(raises(server.diagnostics(fileA), rule, expected), "after b raises it again: " + server.diagnostics(fileA));
		}
	}

	@Test
	void anEditToOneJurisdictionDoesNotRecheckAnother() throws Exception {
		Path north = workspace.resolve("north.govmodel");
		Path south = workspace.resolve("south.govmodel");
		try (TestServer server = TestServer.startOn(workspace, Map.of(
				"north.govmodel", "jurisdiction north \"North\" country\ndirective institution sec \"Secretariat\" secretariat",
				"south.govmodel", "namespace s\njurisdiction south \"South\" country\ndirective institution sec \"Secretariat\" secretariat"))) {
			server.open(north);
			int southBefore = server.publications(south);
			int northBefore = server.publications(north);
			server.type(north, "jurisdiction north \"North\" country\ndirective institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency");
			assertEquals(northBefore + 1, server.publications(north), "the edited file is checked");
			assertEquals(southBefore, server.publications(south), "another jurisdiction's file is not");
		}
	}

	private static boolean raises(List<Diagnostic> diagnostics, String rule, String message) {
		return diagnostics.stream().anyMatch(d -> rule.equals(d.getCode().getLeft()) && d.getMessage().getLeft().contains(message));
	}
}
