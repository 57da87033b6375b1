package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.formatting2.ModelTextFormatter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Injector;

/**
 * Regression for editors and {@code govmodel format --check} disagreeing: the
 * language server formats every example, and a scrambled copy of it, to the
 * very bytes of {@link ModelTextFormatter} (what the command line writes),
 * whatever tab size and tabs-or-spaces setting the editor sends.
 */
class FormattingParityTest {

	private static final List<FormattingOptions> EDITOR_SETTINGS = List.of(new FormattingOptions(2, true), new FormattingOptions(8, true),
			new FormattingOptions(4, false));

	@TempDir
	Path workspace;

	static Stream<Arguments> examplesAndEditorSettings() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("../examples"))) {
			List<Path> examples = files.filter(f -> f.toString().endsWith(".govmodel")).sorted().toList();
			return examples.stream().flatMap(example -> EDITOR_SETTINGS.stream().map(options -> Arguments.of(example.getFileName().toString(), options)));
		}
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("examplesAndEditorSettings")
	void theServerFormatsLikeTheCommandLine(String example, FormattingOptions options) throws Exception {
		String text = Files.readString(Path.of("../examples", example), StandardCharsets.UTF_8);
		String canonical = canonical(text);
		// the same model, indented as a careless editor would leave it: tabs, two spaces, none
		String scrambled = String.join("\n", text.lines().map(line -> line.replaceFirst("^ {8}", "  ").replaceFirst("^ {4}", "\t")).toList()).replace("\n}", "\n  }");
		try (TestServer server = TestServer.startOn(workspace, Map.of("canonical.govmodel", text, "scrambled.govmodel", scrambled))) {
			assertEquals(List.of(), format(server, "canonical.govmodel", options), "a canonical file needs no edit");
			assertEquals(canonical, TestServer.applyEdits(scrambled, format(server, "scrambled.govmodel", options)));
			String range = TestServer.applyEdits(scrambled, server.server.rangeFormatting(new DocumentRangeFormattingParams(
					new TextDocumentIdentifier(TestServer.uri(workspace.resolve("scrambled.govmodel"))), options,
					new Range(new Position(0, 0), new Position(scrambled.lines().toList().size() + 1, 0)))).get(30, TimeUnit.SECONDS));
			assertTrue(range.strip().equals(canonical.strip()), "formatting the whole file as a range gives the canonical text:\n" + range);
		}
	}

	private List<? extends TextEdit> format(TestServer server, String file, FormattingOptions options) throws Exception {
		return server.server.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(TestServer.uri(workspace.resolve(file))), options))
				.get(30, TimeUnit.SECONDS);
	}

	/** What `govmodel format` writes for the text. */
	static String canonical(String text) throws IOException {
		Injector injector = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/model.govmodel"));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return injector.getInstance(ModelTextFormatter.class).format(resource);
	}
}
