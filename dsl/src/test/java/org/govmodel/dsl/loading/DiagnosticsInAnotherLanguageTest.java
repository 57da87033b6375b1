package org.govmodel.dsl.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A review site shows the findings in its own language, which may not be the console's or the build log's: the
 * command line and the Maven plugin both ask {@link ModelLoader#diagnosticsIn} for them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class DiagnosticsInAnotherLanguageTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path folder;

	@Test
	void everyKindOfFindingIsWordedAgainInTheReportsLanguage() throws Exception {
		Path model = Files.writeString(folder.resolve("m.govmodel"), """
				institution mintic "Ministerio TIC" ministry public within nowhere
				institution broken "Roto" ministry {
				""");
		List<Path> files = ModelFiles.collect(List.of(model));
		// a syntax error, a link error and a front end's setting that names no rule
		List<RuleSetting> settings = List.of(new RuleSetting("GOV-NOPE-999", "error", "--rule", 1, 1));
		ModelLoader.Checked english = loader.check(files, settings, null, Language.EN);

		List<ModelDiagnostic> spanish = loader.diagnosticsIn(Language.ES, english, files, settings, null);

		assertEquals(english.diagnostics().stream().map(d -> d.ruleId() + "@" + d.place()).toList(),
				spanish.stream().map(d -> d.ruleId() + "@" + d.place()).toList(), "the same findings, at the same places");
		assertEquals(loader.check(files, settings, null, Language.ES).diagnostics().stream().map(ModelDiagnostic::message).toList(),
				spanish.stream().map(ModelDiagnostic::message).toList());
		assertEquals(List.of("GOV-CONFIG-001", "GOV-LINK-001", "GOV-SYNTAX-001"), spanish.stream().map(ModelDiagnostic::ruleId).toList());
		assertTrue(spanish.get(0).message().startsWith("Identificador de regla desconocido 'GOV-NOPE-999'"), spanish.get(0).message());
		assertTrue(spanish.get(1).message().startsWith("Órgano, unidad o autoridad desconocido 'nowhere'"), spanish.get(1).message());
		assertTrue(spanish.get(2).message().startsWith("Se encontró el final del archivo donde se esperaba '}'"), spanish.get(2).message());
	}

	@Test
	void findingsAlreadyInTheLanguageOrNoneAtAllAreNotCheckedAgain() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.govmodel"), "institution x \"X\" ministry {\n");
		List<Path> files = ModelFiles.collect(List.of(broken));
		ModelLoader.Checked portuguese = loader.check(files, List.of(), null, Language.PT);
		assertSame(portuguese.diagnostics(), loader.diagnosticsIn(Language.PT, portuguese, files, List.of(), null));

		Path clean = Files.writeString(folder.resolve("clean.govmodel"), "institution a \"A\" ministry\n");
		List<Path> cleanFiles = ModelFiles.collect(List.of(clean));
		ModelLoader.Checked noFindings = loader.check(cleanFiles, List.of(), null, Language.EN);
		assertEquals(List.of(), noFindings.diagnostics());
		// a file that changed in between would show that it was read again
		Files.writeString(clean, "institution a \"A\" ministry {\n");
		assertSame(noFindings.diagnostics(), loader.diagnosticsIn(Language.ES, noFindings, cleanFiles, List.of(), null));
	}
}
