package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.govmodel.dsl.ide.quickfix.RuleQuickFixes;
import org.govmodel.dsl.validation.rules.AssessmentRules;
import org.govmodel.dsl.validation.rules.AutonomyRules;
import org.govmodel.dsl.validation.rules.LeverRules;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule that declares a quick fix, on its own catalogue example: the
 * language server offers the fix on the diagnostic, and the file it produces
 * no longer breaks the rule, has no errors, and is already in the canonical
 * layout ({@code govmodel format --check} accepts it; the fixes place words and
 * the formatter lays them out). Also files as people write them: CRLF line
 * breaks, comments beside the elements, blocks written on one line.
 */
class QuickFixTest {

	@TempDir
	Path workspace;

	static Stream<Rule> fixableRules() {
		return RuleCatalog.all().stream().filter(rule -> rule.quickFix() != null);
	}

	@Test
	void theCatalogueAndTheServerAgreeOnWhichRulesHaveQuickFixes() {
		Set<String> declared = fixableRules().map(Rule::id).collect(Collectors.toSet());
		assertEquals(declared, new RuleQuickFixes().rules());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixableRules")
	void theQuickFixRepairsTheCataloguesExample(Rule rule) throws Exception {
		repair(rule, example(rule), rule.badLine(), true);
	}

	@Test
	void aCrlfFileStaysCrlf() throws Exception {
		Rule rule = AssessmentRules.MISSING_SCORES;
		String fixed = repair(rule, example(rule).replace("\n", "\r\n"), rule.badLine(), false);
		assertTrue(fixed.contains("    1.1.2 = n/a \"Not assessed yet\"\r\n"), fixed);
		assertFalse(fixed.replace("\r\n", "").contains("\n"), "no bare line feed: " + fixed);
	}

	@Test
	void aCommentEndingTheLineStaysOnIt() throws Exception {
		Rule rule = AssessmentRules.MISSING_SCORES;
		String fixed = repair(rule, example(rule).replace("1.1.1 = 2", "1.1.1 = 2 // first"), rule.badLine(), false);
		assertTrue(fixed.contains("    1.1.1 = 2 // first\n    1.1.2 = n/a \"Not assessed yet\"\n}"), fixed);
	}

	@Test
	void aCommentBeforeTheElementOnItsLineIsNotEntered() throws Exception {
		Rule rule = LeverRules.PENALTY_WITHOUT_INCENTIVE;
		String fixed = repair(rule, "/* due 2026 */ " + example(rule), rule.badLine(), false);
		assertTrue(fixed.startsWith("/* due 2026 */ \nincentive recognition for institutions"), fixed);
	}

	/**
	 * The inserted clauses are where the formatter puts them, whatever the indentation around them: a body written two
	 * spaces in gets its autonomy block at the canonical four (and what the fix touched follows it), not at the body's
	 * indentation plus four, while the lines the fix did not touch stay as written.
	 */
	@Test
	void theFormatterLaysOutWhatAFixInserts() throws Exception {
		Rule rule = AutonomyRules.ASPECTS_UNSTATED;
		String text = "law act \"Act\" year 2020\n  directive institution sec \"Secretariat\" secretariat {\n      established by act\n  }\n";
		String fixed = repair(rule, text, 2, false);
		assertEquals("law act \"Act\" year 2020\n  directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        operational-independence full\n"
				+ "        appointment merit\n        budget own protected\n        transparency audited\n    }\n    established by act\n  }\n", fixed);
	}

	/**
	 * The client sends its copy of a diagnostic: one whose range leaves the document (a careless client, a text changed
	 * since) is held to it, a character past the end of its line being the end of the line, and one on a line the
	 * document does not have gets no fix; neither is an internal error.
	 */
	@Test
	void aDiagnosticWhoseRangeLeavesTheDocumentIsHeldToIt() throws Exception {
		Rule rule = AssessmentRules.MISSING_SCORES;
		Path file = workspace.resolve("bad.govmodel");
		Files.writeString(file, example(rule));
		if (!rule.companion().isEmpty()) {
			Files.writeString(workspace.resolve("companion.govmodel"), rule.companion() + "\n");
		}
		try (TestServer server = new TestServer(List.of(workspace), null)) {
			Diagnostic reported = server.awaitDiagnostics(file).stream().filter(d -> rule.id().equals(d.getCode().getLeft())).findFirst().orElseThrow();
			int line = reported.getRange().getStart().getLine();
			Diagnostic pastTheLine = copy(reported, new Range(new Position(line, reported.getRange().getStart().getCharacter()), new Position(line, 5000)));
			Diagnostic pastTheDocument = copy(reported, new Range(new Position(9999, 0), new Position(9999, 4)));
			CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(TestServer.uri(file)), pastTheLine.getRange(),
					new CodeActionContext(List.of(pastTheLine, pastTheDocument)));
			List<CodeAction> actions = server.server.codeAction(params).get(10, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
			assertEquals(List.of(List.of(pastTheLine)), actions.stream().map(CodeAction::getDiagnostics).toList(), actions.toString());
		}
	}

	private static Diagnostic copy(Diagnostic diagnostic, Range range) {
		Diagnostic copy = new Diagnostic(range, diagnostic.getMessage().getLeft(), diagnostic.getSeverity(), diagnostic.getSource(), diagnostic.getCode().getLeft());
		copy.setData(diagnostic.getData());
		return copy;
	}

	/**
	 * Writes the text, takes the one quick fix the server offers on the rule's
	 * diagnostic at the line, applies it, and checks that the rule is gone and
	 * nothing broke (and, if asked, that formatting would change nothing).
	 *
	 * @return the fixed text
	 */
	private String repair(Rule rule, String text, int line, boolean canonical) throws Exception {
		Path folder = Files.createTempDirectory(workspace, rule.id());
		Path file = folder.resolve("bad.govmodel");
		Files.writeString(file, text);
		if (!rule.companion().isEmpty()) {
			Files.writeString(folder.resolve("companion.govmodel"), rule.companion() + "\n");
		}
		try (TestServer server = new TestServer(List.of(folder), null)) {
			Diagnostic diagnostic = server.awaitDiagnostics(file).stream().filter(d -> rule.id().equals(d.getCode().getLeft())).findFirst()
					.orElseThrow(() -> new AssertionError(rule.id() + " is not reported on its example: " + server.diagnostics(file)));
			assertEquals(line - 1, diagnostic.getRange().getStart().getLine());

			CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(TestServer.uri(file)), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic)));
			List<CodeAction> actions = server.server.codeAction(params).get(10, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
			assertEquals(1, actions.size(), actions.toString());
			assertEquals(CodeActionKind.QuickFix, actions.get(0).getKind());
			String fixed = TestServer.applyEdits(text, actions.get(0).getEdit().getChanges().get(TestServer.uri(file)));

			List<Diagnostic> after = server.write(file, fixed);
			assertFalse(after.stream().anyMatch(d -> rule.id().equals(d.getCode().getLeft())), rule.id() + " still reported after the fix:\n" + fixed + "\n" + describe(after));
			assertTrue(after.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), "the fix broke the file:\n" + fixed + "\n" + describe(after));
			if (canonical) {
				assertEquals(fixed, FormattingParityTest.canonical(fixed), "govmodel format --check accepts the fixed file");
				List<? extends TextEdit> formatting = server.server.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(TestServer.uri(file)),
						new FormattingOptions(2, true))).get(10, TimeUnit.SECONDS);
				assertEquals(fixed, TestServer.applyEdits(fixed, formatting), "the editor's formatting changes nothing either");
			}
			return fixed;
		}
	}

	/** The rule's bad example as a file holds it: ending with a line break. */
	private static String example(Rule rule) {
		return rule.bad() + "\n";
	}

	private static String describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ": " + d.getCode().getLeft() + " " + d.getMessage().getLeft()).collect(Collectors.joining("\n"));
	}
}
