package org.govmodel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.RuleSetting;
import org.govmodel.dsl.loading.SettingsFile;

import com.google.inject.Inject;

/** Finds, loads, configures and validates the models a command names: the first step of validate, score and generate. */
class ModelCheck {

	private static final String OPTION = "--rule";

	@Inject
	private ModelLoader loader;

	/** The loaded models and everything found wrong with them, sorted by location. */
	/** @param settings the {@code govmodel.json} the run read, if any */
	record Result(List<Path> files, LoadedModels models, List<ModelDiagnostic> diagnostics, Optional<Path> settings) {
		boolean hasErrors() {
			return diagnostics.stream().anyMatch(ModelDiagnostic::isError);
		}

		boolean hasWarnings() {
			return diagnostics.stream().anyMatch(d -> d.severityName().equals("warning"));
		}
	}

	/** A problem with the command line or its files: exit code 2, one line. */
	static class UsageError extends Exception {
		private static final long serialVersionUID = 1L;

		/** The problems as findings of the files they are in (a settings file, unreadable models); empty when in none. */
		private final transient List<ModelDiagnostic> located;

		UsageError(String message) {
			this(message, List.of());
		}

		UsageError(String message, List<ModelDiagnostic> located) {
			super(message);
			this.located = List.copyOf(located);
		}

		/** The problems as findings of the files they are in, for the report formats to carry like any other. */
		List<ModelDiagnostic> located() {
			return located;
		}
	}

	/** A command cannot go on; what is wrong has been printed. */
	static class Stop extends Exception {
		private static final long serialVersionUID = 1L;
		final int exitCode;

		Stop(int exitCode) {
			super(null, null, false, false);
			this.exitCode = exitCode;
		}
	}

	/**
	 * For commands that need models without errors (score, generate): the checked
	 * models; otherwise prints why not, in the language, and stops with the exit code to return.
	 */
	Result requireValid(String command, List<Path> paths, RuleOptions options, Language language, PrintWriter err) throws Stop {
		Result result;
		try {
			result = run(paths, options, language);
		} catch (UsageError e) {
			err.println("govmodel " + command + ": " + TerminalText.escape(e.getMessage()));
			throw new Stop(GovModelCli.USAGE);
		}
		if (result.hasErrors()) {
			result.diagnostics().stream().filter(ModelDiagnostic::isError).forEach(d -> err.println(d.toLine()));
			err.println("govmodel " + command + ": " + CliMessages.of(language).text("refused." + command));
			throw new Stop(GovModelCli.MODEL_ERRORS);
		}
		return result;
	}

	/**
	 * The result's diagnostics written in the language, for reports that show them (the review audience) when the
	 * reports' language is not the console's ({@link ModelLoader#diagnosticsIn}).
	 */
	List<ModelDiagnostic> diagnosticsIn(Result result, RuleOptions options, Language language) throws UsageError {
		ModelLoader.Checked checked = new ModelLoader.Checked(result.models(), result.diagnostics());
		return loader.diagnosticsIn(language, checked, result.files(), settings(options, language), null);
	}

	Result run(List<Path> paths, RuleOptions options) throws UsageError {
		return run(paths, options, Language.EN);
	}

	/** Checks the named models, with every diagnostic written in the language. */
	Result run(List<Path> paths, RuleOptions options, Language language) throws UsageError {
		List<Path> files;
		try {
			files = ModelFiles.collect(paths);
		} catch (ModelFiles.UnreadablePathException e) {
			throw new UsageError(e.message(language));
		}
		return run(files, options, null, language);
	}

	/** The settings the front end puts over each file's {@code govmodel.json}: {@code --settings}, then {@code --rule}. */
	private static List<RuleSetting> settings(RuleOptions options, Language language) throws UsageError {
		List<RuleSetting> settings = new ArrayList<>();
		try {
			if (options.settings != null) {
				settings.addAll(SettingsFile.read(options.settings));
			}
		} catch (SettingsFile.InvalidSettingsException e) {
			throw new UsageError(e.message(language), List.of(e.diagnostic(language)));
		}
		options.rules.forEach((id, severity) -> settings.add(new RuleSetting(id, severity, OPTION, 1, 1)));
		return settings;
	}

	/**
	 * Checks files already collected, their text read from {@code contents} (null: the file system), with every
	 * diagnostic written in the language.
	 * Each file's {@code govmodel.json} is found by {@link ModelLoader}; {@code --settings} and
	 * {@code --rule} are the front end's options over it (docs/architecture.md, "Finding models and settings").
	 */
	Result run(List<Path> files, RuleOptions options, ModelLoader.Contents contents, Language language) throws UsageError {
		List<RuleSetting> settings = settings(options, language);
		ModelLoader.Checked checked = loader.check(files, settings, contents, language);
		if (checked.unusableSettings().isPresent()) {
			SettingsFile.InvalidSettingsException unusable = checked.unusableSettings().get();
			throw new UsageError(unusable.message(language), List.of(unusable.diagnostic(language)));
		}
		Optional<ModelDiagnostic> badOption = checked.diagnostics().stream().filter(d -> d.path().equals(OPTION)).findFirst();
		if (badOption.isPresent()) {
			throw new UsageError("--rule " + badOption.get().message());
		}
		if (!checked.models().unreadable().isEmpty()) {
			List<ModelDiagnostic> unreadable = checked.models().unreadable();
			throw new UsageError(unreadable.get(0).toLine(), unreadable);
		}
		Optional<Path> settingsFile = options.settings != null ? Optional.of(options.settings) : checked.models().settingsFile();
		return new Result(files, checked.models(), checked.diagnostics(), settingsFile);
	}
}
