package org.govmodel.generators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;

import com.google.inject.Injector;

/**
 * The bytes a fuzz target of the reports is given, loaded and checked as {@code govmodel generate} loads and
 * checks a file: the models, if generate would write reports for them. Shared by the fuzz targets of this
 * module and of the print exports, which must agree on which inputs reach the generators.
 */
public final class GenerableInput {

	/** A model generate would write reports for, with its findings (warnings, never errors). */
	public record Checked(LoadedModels models, List<ModelDiagnostic> diagnostics) {
	}

	private final ModelLoader loader;

	/** Where a file is only parsed: no library, since syntax errors do not depend on it. */
	private final XtextResourceSet parser;

	private final Path file;

	public GenerableInput(Injector injector) {
		this.loader = injector.getInstance(ModelLoader.class);
		this.parser = injector.getInstance(XtextResourceSet.class);
		this.file = scratchFile();
	}

	/** The checked models of these bytes as one file, or nothing when validate would refuse them. */
	public Optional<Checked> check(byte[] bytes) throws ModelFiles.UnreadablePathException, IOException {
		if (hasSyntaxErrors(bytes)) {
			return Optional.empty(); // the loader would report them as errors too; most mutated inputs stop here, before the library is loaded
		}
		Files.write(file, bytes);
		LoadedModels models = loader.load(ModelFiles.collect(List.of(file)));
		List<ModelDiagnostic> diagnostics = loader.validate(models);
		if (diagnostics.stream().anyMatch(ModelDiagnostic::isError)) {
			return Optional.empty(); // validate refuses it; generate does too
		}
		return Optional.of(new Checked(models, diagnostics));
	}

	private boolean hasSyntaxErrors(byte[] bytes) {
		Resource resource = parser.createResource(URI.createURI("memory:/syntax.govmodel"));
		try {
			resource.load(new ByteArrayInputStream(bytes), parser.getLoadOptions());
			return !resource.getErrors().isEmpty(); // links resolve lazily: these are the parser's errors
		} catch (IOException | RuntimeException unreadable) {
			return false; // left to the loader, whose handling of it is under test
		} finally {
			parser.getResources().remove(resource);
		}
	}

	private static Path scratchFile() {
		try {
			Path folder = Files.createTempDirectory("govmodel-fuzz");
			folder.toFile().deleteOnExit();
			return folder.resolve("model.govmodel");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
