package org.govmodel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.formatting2.ModelTextFormatter;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.resource.ModelText;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.validation.Rules;

import com.google.inject.Inject;
import com.google.inject.Provider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Rewrites models in the canonical layout (idempotent, stable for diffs).",
				"Files with syntax errors are left untouched and reported.",
				"With --check nothing is written: the files that would change are listed and the exit code is 1." })
class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Mixin
	private LanguageOption language;

	@Option(names = "--check", description = "Only check: list the files that are not formatted, exit 1 if any.")
	private boolean check;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelTextFormatter formatter;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files;
		try {
			files = ModelFiles.collect(paths.paths);
		} catch (ModelFiles.UnreadablePathException e) {
			err.println("govmodel format: " + TerminalText.escape(e.message(language.language())));
			return GovModelCli.USAGE;
		}
		int exit = GovModelCli.OK;
		int changed = 0;
		Messages say = CliMessages.of(language.language());
		for (Path file : files) {
			String display = ModelFiles.display(file);
			try {
				String original = ModelText.read(file).text();
				XtextResource resource = parse(file);
				if (!resource.getErrors().isEmpty()) {
					resource.getErrors().forEach(e -> out.println(new ModelDiagnostic(display, e.getLine(), e.getColumn(), 0,
							Severity.ERROR, e.getMessage(), ruleOf(e), new String[0], null).toLine()));
					exit = Math.max(exit, GovModelCli.MODEL_ERRORS);
					continue;
				}
				String formatted = formatter.format(resource);
				if (formatted.equals(original)) {
					continue;
				}
				changed++;
				if (check) {
					out.println(say.text("format.wouldReformat", "file", TerminalText.escape(display)));
					exit = Math.max(exit, GovModelCli.MODEL_ERRORS);
				} else {
					writeAtomically(file, formatted);
					out.println(say.text("format.formatted", "file", TerminalText.escape(display)));
				}
			} catch (IOException | RuntimeException e) {
				err.println("govmodel format: " + say.text("format.cannotProcess", "file", TerminalText.escape(display), "reason", TerminalText.escape(String.valueOf(e.getMessage()))));
				exit = GovModelCli.USAGE;
			}
		}
		err.println(say.text(check ? "format.summary.check" : "format.summary", "files", files.size(), "changed", changed));
		return exit;
	}

	private static String ruleOf(Resource.Diagnostic diagnostic) {
		return diagnostic instanceof AbstractDiagnostic located ? Rules.idOf(located.getCode()) : Rules.SYNTAX;
	}

	private XtextResource parse(Path file) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		DiagnosticLanguage.set(resourceSet, language.language());
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(resourceSet.getLoadOptions());
		return resource;
	}

	private static void writeAtomically(Path file, String text) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".govmodel-format", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
