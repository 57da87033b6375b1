package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.govmodel.dsl.ide.preview.PreviewParams;
import org.govmodel.dsl.ide.preview.PreviewResult;
import org.govmodel.generators.preview.PreviewView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The preview in the reader's language: pictures and captions in the language {@code govmodel generate}
 * would publish the jurisdiction in (the editor's {@code govmodel.language}, else the jurisdiction's
 * {@code language}, else {@code govmodel.json}), falling back to the client's {@code locale} rather than
 * English; the request's own messages in the editor's language, as diagnostics are.
 */
class LocalizedPreviewTest {

	/** An agency, and two assessment years (a radar and a trend); {@code %s} is the jurisdiction's block. */
	private static final String MODEL = """
			jurisdiction land "Tierra" province%s
			operational institution agency "Agencia" agency {
			    cto "CTO"
			}
			assessment y2023 of maturity year 2023 {
			    1.1.1 = 2
			}
			assessment y2024 of maturity year 2024 {
			    1.1.1 = 3
			}
			""";

	private static final String SPANISH_JURISDICTION = " {\n    language es\n}";

	@TempDir
	Path workspace;

	private Path model(String jurisdictionBlock) throws Exception {
		Path file = workspace.resolve("land.govmodel");
		Files.writeString(file, MODEL.formatted(jurisdictionBlock), StandardCharsets.UTF_8);
		return file;
	}

	private static PreviewResult preview(TestServer server, Path file) throws Exception {
		return (PreviewResult) server.server.request("govmodel/preview", new PreviewParams(TestServer.uri(file))).get(30, TimeUnit.SECONDS);
	}

	private static List<String> captions(PreviewResult preview) {
		return preview.views().stream().map(PreviewView::title).toList();
	}

	private static String svg(PreviewResult preview, String kind) {
		return preview.views().stream().filter(v -> v.kind().equals(kind)).findFirst().orElseThrow().svg();
	}

	@Test
	void aSpanishClientSeesSpanishCaptionsAndSpanishPictures() throws Exception {
		Path file = model("");
		try (TestServer server = new TestServer(List.of(workspace), null, "es")) {
			server.awaitDiagnostics(file);
			PreviewResult preview = preview(server, file);
			assertEquals("es", preview.language());
			assertEquals(List.of("Gobernanza de Tierra", "Modelo de madurez del gobierno digital de la CEPAL: Tierra",
					"Evolución anual de Modelo de madurez del gobierno digital de la CEPAL: Tierra"), captions(preview));
			assertTrue(svg(preview, "diagram").contains("Tierra: gobernanza de la transformación digital"), svg(preview, "diagram"));
			assertTrue(svg(preview, "diagram").contains("Gobernanza operativa"), "the diagram's layers are Spanish");
			assertTrue(svg(preview, "radar").contains("Puntaje medio de cada componente"), svg(preview, "radar"));
			assertFalse(svg(preview, "diagram").contains("governance of digital transformation"));

			server.write(file, MODEL.formatted("") + "institution broken \"Roto\" ministry {\n");
			assertEquals("El archivo tiene errores de sintaxis: la vista previa muestra lo que se pudo leer.", preview(server, file).message());
		}
	}

	@Test
	void theLanguageSettingOverridesTheLocaleAndCanChangeWhileRunning() throws Exception {
		Path file = model("");
		try (TestServer server = new TestServer(List.of(workspace), JsonParser.parseString("{\"language\": \"pt\"}"), "es")) {
			server.awaitDiagnostics(file);
			PreviewResult portuguese = preview(server, file);
			assertEquals("pt-BR", portuguese.language());
			assertEquals("Governança de Tierra", captions(portuguese).get(0));
			assertTrue(svg(portuguese, "diagram").contains("governança da transformação digital"));
			assertTrue(svg(portuguese, "radar").contains("Pontuação média de cada componente"));

			server.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
					JsonParser.parseString("{\"govmodel\": {\"language\": \"en\"}}")));
			PreviewResult english = preview(server, file);
			assertEquals("en", english.language());
			assertEquals("Governance of Tierra", captions(english).get(0));
			assertTrue(svg(english, "radar").contains("Mean score of each component"));
		}
	}

	@Test
	void aClientThatSendsNoLocaleGetsEnglish() throws Exception {
		Path file = model("");
		try (TestServer server = new TestServer(List.of(workspace), null)) {
			server.awaitDiagnostics(file);
			PreviewResult preview = preview(server, file);
			assertEquals("en", preview.language());
			assertEquals(List.of("Governance of Tierra", "ECLAC digital-government maturity model: Tierra",
					"ECLAC digital-government maturity model over the years: Tierra"), captions(preview));
			assertTrue(svg(preview, "diagram").contains("Tierra: governance of digital transformation"));
		}
	}

	/** What the modeller will publish: a jurisdiction's declared language beats the editor's display language for the pictures, not for the messages. */
	@Test
	void aDeclaredLanguageIsWhatThePreviewDrawsInWhileMessagesStayInTheEditorsLanguage() throws Exception {
		Path file = model(SPANISH_JURISDICTION);
		try (TestServer server = new TestServer(List.of(workspace), null, "pt-BR")) {
			server.awaitDiagnostics(file);
			PreviewResult preview = preview(server, file);
			assertEquals("es", preview.language());
			assertEquals("Gobernanza de Tierra", captions(preview).get(0));
			server.write(file, MODEL.formatted(SPANISH_JURISDICTION) + "institution broken \"Roto\" ministry {\n");
			PreviewResult broken = preview(server, file);
			assertEquals("es", broken.language());
			assertEquals("O arquivo tem erros de sintaxe: a pré-visualização mostra o que foi possível ler.", broken.message());
		}
	}

	@Test
	void theProjectsSettingsFileDecidesWhenTheJurisdictionDeclaresNothing() throws Exception {
		Path file = model("");
		Files.writeString(workspace.resolve("govmodel.json"), "{ \"language\": \"pt\" }\n");
		try (TestServer server = new TestServer(List.of(workspace), null, "es")) {
			server.awaitDiagnostics(file);
			assertEquals("Governança de Tierra", captions(preview(server, file)).get(0));
		}
	}

	/** Every key of the preview messages in every language, every pattern valid. */
	@Test
	void thePreviewBundleIsComplete() throws Exception {
		Set<String> english = keys("");
		assertFalse(english.isEmpty());
		for (String suffix : List.of("_es", "_pt")) {
			assertEquals(english, keys(suffix), suffix);
		}
	}

	private static Set<String> keys(String suffix) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = LocalizedPreviewTest.class.getResourceAsStream("/org/govmodel/dsl/ide/i18n/preview" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (String key : properties.stringPropertyNames()) {
			new com.ibm.icu.text.MessageFormat(properties.getProperty(key)); // throws on a malformed pattern
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
