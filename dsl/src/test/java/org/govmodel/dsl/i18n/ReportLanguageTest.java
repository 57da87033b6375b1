package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.i18n.ReportLanguage.Decision;
import org.govmodel.dsl.i18n.ReportLanguage.Source;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** The language of a run: explicit option, then the jurisdictions' declaration, then govmodel.json, then English. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ReportLanguageTest {

	private static final String SPANISH_JURISDICTION = "jurisdiction cordoba \"Córdoba\" province {\n    language es\n}\n";

	@Inject
	private ModelLoader loader;

	@Inject
	private ReportLanguage reportLanguage;

	@TempDir
	Path folder;

	private Decision decide(Optional<Language> option) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.list(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".govmodel")).sorted().toList();
		}
		LoadedModels models = loader.load(files);
		return reportLanguage.decide(option, models, models.settingsFile());
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void englishWhenNothingIsDeclared() throws Exception {
		write("a.govmodel", "jurisdiction north \"North\" province\n");
		Decision decision = decide(Optional.empty());
		assertEquals(Language.EN, decision.language());
		assertEquals(Source.DEFAULT, decision.source());
		assertTrue(decision.diagnostics().isEmpty());
	}

	@Test
	void theSettingsDecideWhenNoJurisdictionDeclares() throws Exception {
		write("a.govmodel", "jurisdiction north \"North\" province\n");
		write(SettingsFile.NAME, "{ \"language\": \"pt\", \"rules\": { \"GOV-AUTO-001\": \"off\" } }");
		Decision decision = decide(Optional.empty());
		assertEquals(Language.PT, decision.language());
		assertEquals(Source.SETTINGS, decision.source());
		assertEquals(1, SettingsFile.read(folder.resolve(SettingsFile.NAME)).size(), "the rule settings are still read");
	}

	@Test
	void theJurisdictionOutranksTheSettings() throws Exception {
		write("a.govmodel", SPANISH_JURISDICTION);
		write(SettingsFile.NAME, "{ \"language\": \"pt\" }");
		Decision decision = decide(Optional.empty());
		assertEquals(Language.ES, decision.language());
		assertEquals(Source.JURISDICTION, decision.source());
	}

	@Test
	void theRunsOptionOutranksEverything() throws Exception {
		write("a.govmodel", SPANISH_JURISDICTION);
		write(SettingsFile.NAME, "{ \"language\": \"pt\" }");
		Decision decision = decide(Optional.of(Language.EN));
		assertEquals(Language.EN, decision.language());
		assertEquals(Source.OPTION, decision.source());
	}

	@Test
	void anUnknownSettingsLanguageIsALocatedWarningAndEnglishIsUsed() throws Exception {
		write("a.govmodel", "jurisdiction north \"North\" province\n");
		write(SettingsFile.NAME, "{\n  \"rules\": {},\n  \"language\": \"fr\"\n}\n");
		Decision decision = decide(Optional.empty());
		assertEquals(Language.EN, decision.language());
		assertEquals(1, decision.diagnostics().size());
		ModelDiagnostic warning = decision.diagnostics().get(0);
		assertEquals("GOV-CONFIG-002", warning.ruleId());
		assertTrue(warning.path().endsWith(SettingsFile.NAME), warning.path());
		assertEquals(3, warning.line());
		assertEquals(3, warning.column());
		assertTrue(warning.message().contains("\"fr\"") && warning.message().contains("en, es, pt"), warning.message());
		assertTrue(warning.toLine().contains("govmodel.json:3:3: warning:"), warning.toLine());
	}

	@Test
	void jurisdictionsThatDisagreeAreReportedAndTheSettingsDecide() throws Exception {
		write("a.govmodel", SPANISH_JURISDICTION);
		write("b.govmodel", "jurisdiction recife \"Recife\" municipality {\n    language pt\n}\n");
		write(SettingsFile.NAME, "{ \"language\": \"en\" }");
		Decision decision = decide(Optional.empty());
		assertEquals(Language.EN, decision.language());
		assertEquals(Source.SETTINGS, decision.source());
		assertEquals(1, decision.diagnostics().size());
		ModelDiagnostic warning = decision.diagnostics().get(0);
		assertEquals("GOV-LANG-003", warning.ruleId());
		assertTrue(warning.path().endsWith("b.govmodel"), warning.path());
		assertEquals(2, warning.line());
		assertEquals(14, warning.column(), "at the code");
		assertTrue(warning.message().contains("recife") && warning.message().contains("cordoba"), warning.message());
		// the remedy is one the front end has: Eclipse has no option, the Maven plugin has <language>
		assertTrue(warning.message().endsWith("choose the run's language with \"language\" in govmodel.json."), warning.message());
		LoadedModels models = loader.load(List.of(folder.resolve("a.govmodel"), folder.resolve("b.govmodel")));
		String maven = reportLanguage.decide(Optional.empty(), "<language>", models, models.settingsFile()).diagnostics().get(0).message();
		assertTrue(maven.endsWith("choose the run's language with <language> or \"language\" in govmodel.json."), maven);
	}

	@Test
	void unreadableSettingsAreAUsageErrorAsForTheRules() throws Exception {
		write("a.govmodel", "jurisdiction north \"North\" province\n");
		write(SettingsFile.NAME, "{ \"language\": ");
		assertThrows(SettingsFile.InvalidSettingsException.class, () -> decide(Optional.empty()));
	}
}
