package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line in Spanish and Portuguese: diagnostics, help, and the choice of language. */
class LocalizedCliTest {

	/** A directive body without a CIO, an unknown name, a syntax error. */
	private static final String MODEL = "jurisdiction land \"Land\" country\n"
			+ "directive institution sec \"Secretariat\" secretariat\n"
			+ "operational institution agency \"Agency\" agency {\n    under sce\n}\n"
			+ "institution broken \"Broken\" ministry {\n    members ,\n}\n";

	private static final Pattern LINE = Pattern.compile("^(.+:\\d+:\\d+: (?:error|warning|info): )(.*)( \\[GOV-[A-Z]+-\\d{3}\\])$");

	@TempDir
	Path dir;

	private record Finding(String place, String message, String rule) {
	}

	private static List<Finding> findings(String output) {
		List<Finding> findings = new ArrayList<>();
		for (String line : output.split("\n")) {
			Matcher m = LINE.matcher(line);
			assertTrue(m.matches(), "not a diagnostic line: " + line);
			findings.add(new Finding(m.group(1), m.group(2), m.group(3)));
		}
		return findings;
	}

	@Test
	void validateInSpanishPrintsSpanishMessagesWithTheSameRuleIdsAndPlaces() throws Exception {
		Path model = dir.resolve("land.govmodel");
		Files.writeString(model, MODEL, StandardCharsets.UTF_8);
		CliRun english = CliRun.of("validate", model.toString(), "--lang", "en");
		CliRun spanish = CliRun.of("validate", "--lang", "es", model.toString());
		assertEquals(1, english.exit(), english.err());
		assertEquals(1, spanish.exit(), spanish.err());
		List<Finding> en = findings(english.out());
		List<Finding> es = findings(spanish.out());
		assertEquals(en.stream().map(f -> f.place() + f.rule()).toList(), es.stream().map(f -> f.place() + f.rule()).toList());
		for (int i = 0; i < en.size(); i++) {
			assertNotEquals(en.get(i).message(), es.get(i).message());
		}
		assertTrue(spanish.out().contains(": warning: 'sec' es un órgano directivo sin CIO: añada `cio \"Título\" rank undersecretary` (o minister). [GOV-AUTH-001]"), spanish.out());
		assertTrue(spanish.out().contains("¿quiso decir 'sec'?"), spanish.out());
		assertTrue(english.err().startsWith("1 file checked: 3 errors, 8 warnings, 0 info"), english.err());
		assertTrue(spanish.err().startsWith("1 archivo revisado: 3 errores, 8 advertencias, 0 informativos"), spanish.err());
		CliRun portuguese = CliRun.of("validate", "--lang=pt", model.toString());
		assertTrue(portuguese.out().contains("'sec' é um órgão diretivo sem CIO"), portuguese.out());
		assertEquals(en.stream().map(Finding::rule).toList(), findings(portuguese.out()).stream().map(Finding::rule).toList());
	}

	/** What generate and format say on the console follows --lang too, plurals included. */
	@Test
	void generateAndFormatReportInTheLanguageOfLang(@TempDir Path folder) throws Exception {
		Path out = folder.resolve("out");
		CliRun generate = CliRun.of("generate", "../examples/starter.govmodel", "-o", out.toString(), "--only", "json", "--lang", "pt");
		assertEquals(0, generate.exit(), generate.err());
		assertTrue(generate.out().contains("gravado: " + out.resolve("json/model.json")), generate.out());
		assertTrue(generate.err().contains("arquivos gravados em " + out) || generate.err().contains("arquivo gravado em " + out), generate.err());
		Path messy = Files.writeString(folder.resolve("messy.govmodel"), "institution  a \"A\"   ministry {unit u \"U\"}");
		CliRun check = CliRun.of("format", "--check", messy.toString(), "--lang", "es");
		assertEquals(1, check.exit());
		assertEquals("se reformatearía " + messy, check.out().strip());
		assertTrue(check.err().contains("1 archivo, 1 se reformatearía"), check.err());
	}

	/** An output folder that would delete a model is refused in the language asked for. */
	@Test
	void aRefusedOutputFolderIsExplainedInTheLanguageAsked(@TempDir Path folder) throws Exception {
		Path model = Files.writeString(folder.resolve("m.govmodel"), "institution a \"A\" ministry\n");
		CliRun spanish = CliRun.of("generate", model.toString(), "-o", folder.toString(), "--lang", "es");
		assertEquals(2, spanish.exit(), spanish.err());
		assertTrue(spanish.err().contains("govmodel generate: '" + folder + "' contiene la entrada '" + model + "' y reemplazar la carpeta la borraría"),
				spanish.err());
		assertTrue(Files.exists(model));
	}

	/** A path that is not there and a govmodel.json that is not JSON are explained in the language asked for. */
	@Test
	void unusablePathsAndSettingsInSpanishAndPortuguese(@TempDir Path folder) throws Exception {
		CliRun missing = CliRun.of("validate", folder.resolve("nada").toString(), "--lang", "es");
		assertEquals(2, missing.exit());
		assertEquals("govmodel validate: no se puede leer '" + folder.resolve("nada") + "': no existe ese archivo ni esa carpeta", missing.err().strip());
		Files.writeString(folder.resolve("m.govmodel"), "institution a \"A\" ministry\n");
		Path json = Files.writeString(folder.resolve("govmodel.json"), "{ \"rules\": ");
		CliRun settings = CliRun.of("validate", folder.toString(), "--lang", "pt");
		assertEquals(2, settings.exit());
		assertEquals("govmodel validate: " + json + ":1:12: error: Não é um JSON válido: o arquivo termina antes das configurações. "
				+ "Acrescente o valor ou o colchete de fechamento que falta. [GOV-CONFIG-001]", settings.err().strip());
	}

	/** diff --git outside a repository says so in the language asked for. */
	@Test
	void gitErrorsInTheLanguageAsked(@TempDir Path folder) throws Exception {
		CliRun spanish = CliRun.of("diff", "--git", "HEAD", folder.toString(), "--lang", "es");
		assertEquals(2, spanish.exit());
		assertTrue(spanish.err().contains("no es un repositorio git: " + folder.toAbsolutePath()), spanish.err());
		CliRun english = CliRun.of("diff", "--git", "HEAD", folder.toString(), "--lang", "en");
		assertTrue(english.err().contains("not in a git repository: " + folder.toAbsolutePath()), english.err());
	}

	/** The command line's own messages: every key in every language, each a valid ICU pattern with the same arguments. */
	@Test
	void theMessagesBundleHasEveryKeyInEveryLanguage() throws Exception {
		Map<String, java.util.Properties> bundles = new java.util.TreeMap<>();
		for (String suffix : List.of("", "_es", "_pt")) {
			java.util.Properties properties = new java.util.Properties();
			try (var in = LocalizedCliTest.class.getResourceAsStream("/org/govmodel/cli/i18n/messages" + suffix + ".properties")) {
				properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			bundles.put(suffix, properties);
		}
		java.util.Set<String> keys = bundles.get("").stringPropertyNames();
		assertTrue(keys.size() > 10, "the English bundle's keys");
		bundles.forEach((suffix, properties) -> {
			assertEquals(keys, properties.stringPropertyNames(), "keys of messages" + suffix);
			for (String key : keys) {
				var pattern = new com.ibm.icu.text.MessageFormat(properties.getProperty(key));
				var english = new com.ibm.icu.text.MessageFormat(bundles.get("").getProperty(key));
				assertEquals(english.getArgumentNames(), pattern.getArgumentNames(), key + " in messages" + suffix);
			}
		});
	}

	@Test
	void theSameLanguageGivesTheSameBytes() throws Exception {
		Path model = dir.resolve("land.govmodel");
		Files.writeString(model, MODEL, StandardCharsets.UTF_8);
		assertEquals(CliRun.of("validate", "--lang", "pt", model.toString()).out(), CliRun.of("validate", "--lang", "pt", model.toString()).out());
	}

	@Test
	void anUnknownLanguageIsAUsageError() {
		CliRun run = CliRun.of("validate", "--lang", "fr", "x.govmodel");
		assertEquals(GovModelCli.USAGE, run.exit());
		assertTrue(run.err().contains("'fr' is not a language GovModel writes: use one of en, es, pt"), run.err());
		assertFalse(run.hasStackTrace());
	}

	/** A command line picocli cannot read is explained in the language asked for, with the usage after it; English keeps picocli's words. */
	@Test
	void usageErrorsInSpanishAndPortuguese() {
		CliRun unknown = CliRun.of("validate", "--lang", "es", "--strictt", "x.govmodel");
		assertEquals(GovModelCli.USAGE, unknown.exit());
		assertTrue(unknown.err().startsWith("Opción o argumento desconocido: '--strictt'\n"), unknown.err());
		CliRun missing = CliRun.of("score", "--lang", "pt", "../examples/cordoba-2023.govmodel", "--format");
		assertEquals(GovModelCli.USAGE, missing.exit());
		assertTrue(missing.err().startsWith("Falta o valor de '--format'\n"), missing.err());
		assertTrue(missing.err().contains("--assessment"), "the usage follows: " + missing.err());
		CliRun wrong = CliRun.of("diff", "--lang", "es", "--format", "xml", "a", "b");
		assertTrue(wrong.err().startsWith("Valor no válido para --format: 'xml'; use uno de estos: text, markdown, json, html\n"), wrong.err());
		CliRun unknownCommand = CliRun.of("--lang", "pt", "help", "valdate");
		assertEquals(GovModelCli.USAGE, unknownCommand.exit());
		assertTrue(unknownCommand.err().startsWith("Comando desconhecido: 'valdate'; os comandos são validate, format, diff, score, generate, rules, lsp, help\n"),
				unknownCommand.err());
		assertTrue(unknownCommand.err().contains("Comandos:"), "the usage follows: " + unknownCommand.err());
		CliRun language = CliRun.of("validate", "--lang", "fr", "x.govmodel");
		assertTrue(language.err().contains("'fr' is not a language GovModel writes"), "no language asked for: English, " + language.err());
		CliRun english = CliRun.of("validate", "--lang", "en", "--strictt", "x.govmodel");
		assertTrue(english.err().startsWith("Unknown option: '--strictt'"), english.err());
		assertFalse(unknown.hasStackTrace() || missing.hasStackTrace() || wrong.hasStackTrace());
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "format", "diff", "score", "generate", "rules", "lsp" })
	void helpInSpanishAndPortuguese(String command) {
		CliRun spanish = CliRun.of(command, "--help", "--lang", "es");
		assertEquals(0, spanish.exit(), spanish.err());
		assertTrue(spanish.out().startsWith("Uso: govmodel " + command), spanish.out());
		assertTrue(spanish.out().contains("Muestra esta ayuda y termina."), spanish.out());
		assertFalse(spanish.out().contains("Show this help message"), spanish.out());
		CliRun portuguese = CliRun.of(command, "--lang=pt", "-h");
		assertTrue(portuguese.out().contains("Mostra esta ajuda e sai."), portuguese.out());
		CliRun english = CliRun.of(command, "--help");
		assertTrue(english.out().startsWith("Usage: govmodel " + command), english.out());
	}

	@Test
	void theLanguageOfTheEnvironmentChoosesTheHelpUnlessLangIsGiven() {
		assertEquals(Language.ES, LanguageOption.forHelp(new String[] { "validate", "--help" }, Map.of("LANG", "es_AR.UTF-8")));
		assertEquals(Language.PT, LanguageOption.forHelp(new String[] { "--lang", "pt", "validate" }, Map.of("LANG", "es_AR.UTF-8")));
		assertEquals(Language.EN, LanguageOption.forHelp(new String[] { "--lang=en" }, Map.of("LC_ALL", "pt_BR.UTF-8")));
		assertEquals(Language.EN, LanguageOption.forHelp(new String[0], Map.of("LANG", "C.UTF-8")));
	}

	/** Every command, option and parameter of every command has its help text in Spanish and Portuguese. */
	@Test
	void theHelpBundlesCoverEveryCommandOptionAndParameter() {
		for (Language language : List.of(Language.ES, Language.PT)) {
			ResourceBundle bundle = LanguageOption.helpBundle(language).orElseThrow();
			List<String> missing = new ArrayList<>();
			CommandLine root = GovModelCli.commandLine();
			List<CommandSpec> specs = new ArrayList<>(List.of(root.getCommandSpec()));
			root.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
			for (CommandSpec spec : specs) {
				String prefix = spec.qualifiedName(".");
				if (!bundle.containsKey(prefix + ".usage.description") && !bundle.containsKey(prefix + ".usage.description.0")) {
					missing.add(prefix + ".usage.description");
				}
				if (spec.usageMessage().header().length > 0 && !bundle.containsKey(prefix + ".usage.header")) {
					missing.add(prefix + ".usage.header");
				}
				// a description of several paragraphs has as many in every language, and no more
				String[] paragraphs = spec.usageMessage().description();
				if (paragraphs.length > 1) {
					for (int i = 0; i <= paragraphs.length; i++) {
						if (bundle.containsKey(prefix + ".usage.description." + i) != (i < paragraphs.length)) {
							missing.add(prefix + ".usage.description." + i + (i < paragraphs.length ? "" : " (English has " + paragraphs.length + ")"));
						}
					}
				}
				for (OptionSpec option : spec.options()) {
					String key = option.descriptionKey().isEmpty() ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
					if (!bundle.containsKey(prefix + "." + key) && !bundle.containsKey(key)) {
						missing.add(prefix + "." + key);
					}
				}
				for (PositionalParamSpec parameter : spec.positionalParameters()) {
					String key = parameter.descriptionKey();
					if (key.isEmpty() || !bundle.containsKey(prefix + "." + key) && !bundle.containsKey(key)) {
						missing.add(prefix + " " + parameter.paramLabel());
					}
				}
			}
			assertEquals(List.of(), missing, "help keys missing in " + language);
		}
	}

	@Test
	void theRuleCatalogueInSpanishAndPortuguese() {
		CliRun spanish = CliRun.of("rules", "--lang", "es", "--format", "markdown");
		assertEquals(0, spanish.exit(), spanish.err());
		assertTrue(spanish.out().startsWith("# Catálogo de reglas\n"), spanish.out());
		assertTrue(spanish.out().contains("| [GOV-AUTH-001](#gov-auth-001) | warning | El nivel directivo designa un CIO | sí |"), spanish.out());
		assertTrue(spanish.out().contains("Guía: Capítulo II.B (autoridades: CIO)."), spanish.out());
		for (String english : List.of("default severity", "Quick fix", "Reported (line", "Accepted:", "Guide:")) {
			assertFalse(spanish.out().contains(english), english);
		}
		CliRun portuguese = CliRun.of("rules", "--lang", "pt");
		assertTrue(portuguese.out().contains("GOV-AUTH-001    warning  O nível diretivo designa um CIO"), portuguese.out());
		assertEquals(CliRun.of("rules", "--format", "markdown").out(), CliRun.of("rules", "--format", "markdown", "--lang", "en").out());
	}
}
