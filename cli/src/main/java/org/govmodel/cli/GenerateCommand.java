package org.govmodel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.i18n.ReportLanguage;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.ReportOptions.Audience;
import org.govmodel.generators.Reports;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.generators.site.PageManifest;
import org.govmodel.publish.OutputFamily;
import org.govmodel.publish.PrintExports;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Writes reports generated from the models into a folder (replacing its previous content).",
				"Nothing is written when the models have errors (exit code 1). Output is deterministic: the same models give byte-identical files." })
class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Mixin
	private RuleOptions ruleOptions;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", required = true, description = "The folder to write into (created if needed).")
	private Path output;

	@Option(names = "--only", paramLabel = "OUTPUTS", split = ",", description = "Only these outputs: ${COMPLETION-CANDIDATES} (default: docs, diagrams, scorecards and json; print, the PNG images and "
			+ "A4 PDF reports, only when named).")
	private Set<OutputFamily> only = OutputFamily.DEFAULT;

	@Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
			description = "The language of the reports and of the messages: en, es or pt (Brazilian Portuguese). Without it, the messages "
					+ "are in the environment's language and the reports in the one the models or govmodel.json declare, else en.")
	private Language language;

	@Option(names = "--audience", paramLabel = "AUDIENCE", converter = AudienceConverter.class,
			description = "Who reads the reports: public (default: no validation findings) or review (findings shown with file and line).")
	private Audience audience = Audience.PUBLIC;

	@Option(names = "--previous-pages", paramLabel = "FILE", description = "The pages.json of the site these reports replace (default: the one in the output folder, if any): pages that went "
			+ "away stay as pages that lead to the renamed element's new page, or say the element was removed.")
	private Path previousPages;

	@Inject
	private ModelCheck check;

	@Inject
	private Reports reports;

	@Inject
	private ReportLanguage reportLanguage;

	@Inject
	private PrintExports print;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		// what the console says is for whoever runs the command: --lang, else the environment's language, as for
		// validate; the reports' language may instead come from the models (ReportLanguage)
		Language console = LanguageOption.orEnvironment(language);
		Messages say = CliMessages.of(console);
		ModelCheck.Result result;
		try {
			result = check.requireValid("generate", paths.paths, ruleOptions, console, err);
		} catch (ModelCheck.Stop stop) {
			return stop.exitCode;
		}
		List<Model> models = result.models().models().toList();
		ReportLanguage.Decision decision;
		try {
			decision = reportLanguage.decide(Optional.ofNullable(language), "--lang", result.models(), result.settings());
		} catch (SettingsFile.InvalidSettingsException e) {
			err.println("govmodel generate: " + TerminalText.escape(e.message(console)));
			return GovModelCli.USAGE;
		}
		decision.diagnostics().forEach(diagnostic -> err.println(diagnostic.toLine()));
		ReportOptions options = new ReportOptions(decision.language(), audience);
		List<ModelDiagnostic> findings;
		try {
			// a review site shows the findings in its own language, which the models may choose unlike the console's
			findings = options.audience() == ReportOptions.Audience.REVIEW ? check.diagnosticsIn(result, ruleOptions, options.language()) : result.diagnostics();
		} catch (ModelCheck.UsageError e) {
			err.println("govmodel generate: " + TerminalText.escape(e.getMessage()));
			return GovModelCli.USAGE;
		}
		PageManifest previous;
		try {
			previous = previousPages(say);
		} catch (IOException e) {
			err.println("govmodel generate: " + TerminalText.escape(say.text("generate.cannotReadPages", "file", String.valueOf(previousPages), "reason", String.valueOf(e.getMessage()))));
			return GovModelCli.USAGE;
		}
		Artifacts artifacts;
		// the files go to disk as they are made, into a staging folder that replaces the output folder only when all
		// are written: a national model's reports are too many to hold in memory
		try (OutputFolder.Staging staging = OutputFolder.stage(output, inputs(result))) {
			artifacts = Artifacts.writingTo(staging);
			reports.generate(models, findings, OutputFamily.reports(only), options, previous, artifacts);
			if (only.contains(OutputFamily.print)) {
				print.generate(models, options, artifacts);
			}
			staging.commit();
		} catch (OutputFolder.RefusedException e) {
			err.println("govmodel generate: " + TerminalText.escape(e.message(console)));
			return GovModelCli.USAGE;
		} catch (IOException | UncheckedIOException e) {
			String reason = String.valueOf((e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e).getMessage());
			err.println("govmodel generate: " + TerminalText.escape(say.text("generate.cannotWrite", "folder", output.toString(), "reason", reason)));
			return GovModelCli.USAGE;
		}
		listWritten(artifacts, say, out);
		err.println(TerminalText.escape(say.text("generate.written", "count", artifacts.count(), "folder", output.toString())));
		return GovModelCli.OK;
	}

	/**
	 * One line per file written, flushed once at the end: the console's writer flushes at every line, and a national
	 * model's two hundred thousand lines would each cost a write to the terminal or pipe.
	 */
	private void listWritten(Artifacts artifacts, Messages say, PrintWriter out) {
		PrintWriter listing = new PrintWriter(out, false);
		artifacts.paths().forEach(file -> listing.println(TerminalText.escape(say.text("generate.wrote", "path", output.resolve(file).toString()))));
		listing.flush();
	}

	/**
	 * The manifest of the pages the previous output had: the file given, else the output folder's. One that is not a
	 * manifest of this version is a warning, and the run keeps no pages.
	 */
	private PageManifest previousPages(Messages say) throws IOException {
		PageManifest.Previous previous = PageManifest.previous(previousPages, output);
		previous.unreadable().ifPresent(file -> spec.commandLine().getErr().println("govmodel generate: " + TerminalText.escape(say.text("generate.unreadablePages", "file", file.toString()))));
		return previous.manifest();
	}

	/** The paths given and the model files found there: the output folder must hold none of them. */
	private List<Path> inputs(ModelCheck.Result result) {
		List<Path> inputs = new ArrayList<>(paths.paths);
		inputs.addAll(result.files());
		return inputs;
	}

	static final class LanguageConverter implements ITypeConverter<Language> {
		@Override
		public Language convert(String value) {
			return Language.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a language of the reports; use one of " + Language.codes()));
		}
	}

	static final class AudienceConverter implements ITypeConverter<Audience> {
		@Override
		public Audience convert(String value) {
			return Audience.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not an audience; use public or review"));
		}
	}
}
