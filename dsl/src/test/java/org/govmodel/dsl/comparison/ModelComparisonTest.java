package org.govmodel.dsl.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Two versions of the Córdoba example, loaded as validate loads them, compared. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ModelComparisonTest {

	@Inject
	private ModelLoader loader;

	@Inject
	private ModelComparison comparison;

	@TempDir
	Path folder;

	private static String cordoba() throws IOException {
		return Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
	}

	private ModelDiff diff(String before, String after) throws IOException {
		Path old = Files.createDirectories(folder.resolve("old")).resolve("model.govmodel");
		Path now = Files.createDirectories(folder.resolve("new")).resolve("model.govmodel");
		Files.writeString(old, before);
		Files.writeString(now, after);
		return comparison.compare(loader.check(List.of(old), List.of()), loader.check(List.of(now), List.of()));
	}

	private static String describe(ModelDiff diff) {
		return diff.elements().stream().map(e -> e.kind() + " " + e.elementKind() + " " + e.oldName() + " -> " + e.newName() + " "
				+ e.attributes().stream().map(a -> a.attribute() + ": " + a.before() + " -> " + a.after()).collect(Collectors.joining("; ")))
				.collect(Collectors.joining("\n"));
	}

	@Test
	void aReformattedModelWithReorderedListsMeansTheSame() throws IOException {
		String text = cordoba();
		String reformatted = text.replace("members minCoord, minFin, minCyT, camTic, unc", "members unc,\n      camTic, minCyT,   minFin, minCoord")
				.replace("    1.1.1 = 2 \"A commission exists but meets irregularly.\"", "  1.1.1   =   2   \"A commission exists but meets irregularly.\"   // noted")
				.replace("// ------------------------------------------------------------ institutions", "// institutions, reordered below");
		assertFalse(diff(text, reformatted).hasChanges(), describe(diff(text, reformatted)));
	}

	@Test
	void aRenamedBodyIsOneChangeAndTheReferencesToItAreNotChanges() throws IOException {
		String text = cordoba();
		String renamed = text.replace("minCyT", "minCiencia");
		ModelDiff diff = diff(text, renamed);
		assertEquals("RENAMED institution minCyT -> minCiencia ", describe(diff));
		assertTrue(diff.lines().isEmpty());
		assertTrue(diff.findings().isEmpty());
	}

	@Test
	void aFindingOnARenamedBodyIsNeitherResolvedNorIntroduced() throws IOException {
		String text = cordoba();
		// the agency states no autonomy (GOV-AUTO-001): before and after the rename, the same finding
		String renamed = text.replace("agencia", "agenciaInnovacion");
		ModelDiff diff = diff(text, renamed);
		assertEquals("RENAMED institution agencia -> agenciaInnovacion ", describe(diff));
		assertTrue(diff.findings().isEmpty(), diff.findings().toString());
	}

	@Test
	void attributesOfEveryKindAreNamedAsReadersKnowThem() throws IOException {
		String text = cordoba();
		String changed = text
				.replace("institution rentas \"Dirección General de Rentas\" directorate public", "institution rentas \"Dirección General de Rentas\" agency public")
				.replace("appointment political term 4 years\n        budget shared", "appointment merit term 5 years\n        budget own protected")
				.replace("cto \"Director de Tecnología\" rank director", "cto \"Director de Tecnología\" rank undersecretary")
				.replace("members minCoord, minFin, minCyT, camTic\n", "members minCoord, minFin, minCyT, camTic, unc\n")
				.replace("status operational since 2021", "status pilot since 2022")
				.replace("semantic partial", "semantic established")
				.replace("budget 850000 USD", "budget 900000.00 USD")
				.replace("milestone provincia \"Alcance provincial\" 2025-12", "milestone provincia \"Alcance provincial\" 2026-06 done");
		ModelDiff diff = diff(text, changed);
		assertEquals(java.util.stream.Stream.of(
				"CHANGED cto agencia.cto -> agencia.cto rank: director -> undersecretary",
				"CHANGED board agencia.board -> agencia.board members: camTic, minCoord, minCyT, minFin -> camTic, minCoord, minCyT, minFin, unc",
				"CHANGED solution csirt -> csirt status: operational -> pilot; status since: 2021 -> 2022",
				"CHANGED project legajo -> legajo budget: 850000 -> 900000",
				"CHANGED milestone legajo.provincia -> legajo.provincia date: 2025-12 -> 2026-06; done: null -> yes",
				"CHANGED solution plataformaInterop -> plataformaInterop interoperability layers: legal established, organizational partial, semantic partial, technical established -> legal established, organizational partial, semantic established, technical established",
				"CHANGED institution rentas -> rentas type: directorate -> agency",
				"CHANGED institution secGD -> secGD autonomy appointment: political -> merit; autonomy appointment term: 4 -> 5; autonomy budget: shared -> own; autonomy budget protected: null -> yes").sorted().collect(Collectors.joining("\n")),
				describe(diff).lines().sorted().collect(Collectors.joining("\n")));
	}

	@Test
	void linesThatChangeAreReportedAsWhoNowReportsToWhom() throws IOException {
		String text = cordoba();
		String changed = text.replace("    under secGD\n    reports to secGD\n", "    under secGD\n    reports to comision\n")
				.replace("answers to secGD.cio", "answers to secGD");
		ModelDiff diff = diff(text, changed);
		assertEquals(List.of("agencia reports to: secGD -> comision", "agencia.cto answers to: secGD.cio -> secGD"),
				diff.lines().stream().map(l -> l.party() + " " + l.line() + ": " + l.before() + " -> " + l.after()).toList());
		assertTrue(diff.elements().isEmpty(), describe(diff));
	}

	@Test
	void addedAndRemovedElementsAreReportedOnceWithTheirParts() throws IOException {
		String text = cordoba();
		String changed = text.replace("organization redCiudadana \"Red de organizaciones ciudadanas\" association civil-society\n", "")
				.replace("incentive premio", "institution minInd \"Ministerio de Industria\" ministry public {\n    unit pyme \"Dirección PyME\"\n}\nincentive premio");
		ModelDiff diff = diff(text, changed);
		assertEquals("ADDED institution null -> minInd \nREMOVED organization redCiudadana -> null ", describe(diff));
	}

	@Test
	void scoreChangesCarryTheirComponentAreaAndFrameworkEffect() throws IOException {
		String text = cordoba();
		String changed = text.replace("    1.1.2 = 1\n", "    1.1.2 = 3\n").replace("1.1 >= 3", "1.1 >= 3.5").replace("3.2 >= 3\n", "")
				.replace("2.2.3 >= 3\n", "2.2.3 >= 3\n        1.3 >= 4\n");
		ModelDiff diff = diff(text, changed);
		assertTrue(diff.elements().isEmpty(), describe(diff));
		ModelDiff.AssessmentChange change = diff.assessments().get(0);
		assertEquals("y2023", change.name());
		assertFalse(change.historyRewrite());
		assertEquals(List.of("1.1.2 1 -> 3 (+2) in 1.1 / 1; gap 2 -> 0.5"), change.variables().stream()
				.map(v -> v.code() + " " + v.before() + " -> " + v.after() + " (+" + v.delta() + ") in " + v.component() + " / " + v.area() + "; gap "
						+ v.gapBefore().stripTrailingZeros().toPlainString() + " -> " + v.gapAfter().stripTrailingZeros().toPlainString())
				.toList());
		assertEquals(List.of("component 1.1 1.5 -> 2", "area 1 2.583333333333333 -> 2.75"), change.means().stream()
				.filter(m -> m.code().startsWith("1"))
				.map(m -> m.level() + " " + m.code() + " " + m.before().stripTrailingZeros().toPlainString() + " -> " + m.after().stripTrailingZeros().toPlainString())
				.toList());
		// the area moved by 1/6, the framework (three areas) by 1/18
		assertEquals(new BigDecimal("0.0556"), change.meanAfter().subtract(change.meanBefore()).setScale(4, java.math.RoundingMode.HALF_UP));
		assertEquals(List.of("CHANGED 1.1 >= 3 by 2025 -> >= 3.5 by 2025", "ADDED 1.3 null -> >= 4 by 2025", "REMOVED 3.2 >= 3 by 2025 -> null"),
				change.targets().stream().map(t -> t.kind() + " " + t.item() + " " + t.before() + " -> " + t.after()).toList());
	}

	@Test
	void editingAnAssessmentThatIsNotTheLatestIsAHistoryRewrite() throws IOException {
		String text = cordoba() + "\nassessment y2024 of maturity year 2024 {\n    1.1.1 = 3\n}\n";
		String changed = text.replace("    1.1.2 = 1\n", "    1.1.2 = 2\n");
		ModelDiff diff = diff(text, changed);
		assertEquals(List.of("y2023"), diff.historyRewrites().stream().map(ModelDiff.AssessmentChange::name).toList());
		String later = text.replace("1.1.1 = 3\n}", "1.1.1 = 4\n}");
		assertTrue(diff(text, later).historyRewrites().isEmpty());
	}

	@Test
	void findingsIntroducedAndResolvedAreMatchedByRuleAndMessageNotLine() throws IOException {
		String text = cordoba();
		// resolves GOV-AUTO-002 (shared budget), introduces an unresolved reference; everything below moves down a line
		String changed = text.replace("budget shared", "budget own").replace("institution governor", "// a new comment\ninstitution governor")
				.replace("owner agencia.identidad\n    legal basis dec1280", "owner agencia.nowhere\n    legal basis dec1280");
		ModelDiff diff = diff(text, changed);
		assertEquals(List.of("introduced GOV-LINK-001", "resolved GOV-AUTO-002"),
				diff.findings().stream().map(f -> (f.introduced() ? "introduced " : "resolved ") + f.diagnostic().ruleId()).toList());
		List<ElementChange> elements = diff.elements();
		assertEquals(List.of(Kind.CHANGED, Kind.CHANGED), elements.stream().map(ElementChange::kind).toList(), describe(diff));
	}
}
