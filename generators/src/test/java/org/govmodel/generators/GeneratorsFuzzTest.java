package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.xml.sax.InputSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz target for the generators (Jazzer): any bytes that load
 * as a model without errors, loaded as the command line loads them, give every
 * report without exception, with every SVG well-formed and every link of the
 * site leading to a generated file. Without {@code JAZZER_FUZZ} it runs as a
 * regression test over the committed inputs in
 * {@code src/test/resources/org/govmodel/generators/GeneratorsFuzzTestInputs/generateEverything/};
 * {@code bench/fuzz.sh generateEverything} fuzzes it for longer.
 */
class GeneratorsFuzzTest {

	private static final ModelLoader LOADER = Fixtures.get(ModelLoader.class);
	private static final Reports REPORTS = Fixtures.get(Reports.class);
	private static final Path FILE = scratchFile();

	private static Path scratchFile() {
		try {
			Path folder = Files.createTempDirectory("govmodel-fuzz");
			folder.toFile().deleteOnExit();
			return folder.resolve("model.govmodel");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where a file is only parsed: no library, since syntax errors do not depend on it. */
	private static final XtextResourceSet PARSER = Fixtures.get(XtextResourceSet.class);

	@FuzzTest(maxExecutions = 2000, maxDuration = "3m")
	void generateEverything(byte[] file) throws Exception {
		if (hasSyntaxErrors(file)) {
			return; // the loader would report them as errors too; most mutated inputs stop here, before the library is loaded
		}
		Files.write(FILE, file);
		LoadedModels models = LOADER.load(ModelFiles.collect(List.of(FILE)));
		List<ModelDiagnostic> diagnostics = LOADER.validate(models);
		if (diagnostics.stream().anyMatch(ModelDiagnostic::isError)) {
			return; // validate refuses it; generate does too
		}
		Map<String, String> out = REPORTS.generate(models.models().toList(), diagnostics, EnumSet.allOf(Reports.Output.class)).files();
		for (Map.Entry<String, String> svg : out.entrySet()) {
			if (svg.getKey().endsWith(".svg")) {
				DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg.getValue())));
			}
		}
		assertEquals(List.of(), SiteLinks.broken(out), "every link leads to a generated file");
	}

	private static boolean hasSyntaxErrors(byte[] file) {
		Resource resource = PARSER.createResource(URI.createURI("memory:/syntax.govmodel"));
		try {
			resource.load(new ByteArrayInputStream(file), PARSER.getLoadOptions());
			return !resource.getErrors().isEmpty(); // links resolve lazily: these are the parser's errors
		} catch (IOException | RuntimeException unreadable) {
			return false; // left to the loader, whose handling of it is under test
		} finally {
			PARSER.getResources().remove(resource);
		}
	}
}
