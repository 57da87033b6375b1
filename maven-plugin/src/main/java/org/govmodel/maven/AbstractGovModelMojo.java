package org.govmodel.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.util.MemoryAdvice;
import org.govmodel.dsl.loading.CheckSummary;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.validation.rules.RuleTexts;
import org.govmodel.generators.findings.SarifLog;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.RuleSetting;
import org.govmodel.dsl.i18n.ReportLanguage;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.loading.SkippedFolders;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.site.PageManifest;

import com.google.inject.Injector;

/**
 * What the goals share: finding the models, rule severities, validation, and
 * reporting diagnostics through Maven's log as {@code path:line:col: message [rule]},
 * in the language of {@code <language>}, else the environment's.
 */
abstract class AbstractGovModelMojo extends AbstractMojo {

	/** Folders holding the .govmodel files. */
	@Parameter(defaultValue = "${project.basedir}/src/main/govmodel")
	protected List<File> modelDirectories;

	/**
	 * The language of the build's messages (diagnostics, summary, failures) and of the reports: en, es or pt
	 * (Brazilian Portuguese). Without it, the messages are in the environment's language ({@code LC_ALL},
	 * {@code LC_MESSAGES}, {@code LANG}; else English), as on the command line, and the reports in the one the
	 * models or govmodel.json declare (else English).
	 */
	@Parameter(property = "govmodel.language")
	protected String language;

	/** Glob patterns (relative to a model folder) of the files to read. */
	@Parameter
	protected List<String> includes = new ArrayList<>(List.of("**/*.govmodel"));

	/** Glob patterns of files to leave out. */
	@Parameter
	protected List<String> excludes = new ArrayList<>();

	/** Fail the build on warnings too. */
	@Parameter(property = "govmodel.failOnWarning", defaultValue = "false")
	protected boolean failOnWarning;

	/** Rule severities (off, info, warning, error) by rule id, over each model's govmodel.json (docs/architecture.md). */
	@Parameter
	protected Map<String, String> rules = new LinkedHashMap<>();

	/** Skip the goal. */
	@Parameter(property = "govmodel.skip", defaultValue = "false")
	protected boolean skip;

	/** Also write the findings to this file as a SARIF 2.1.0 log, for code scanning on pull requests (written even when the build fails). */
	@Parameter(property = "govmodel.sarifFile")
	protected File sarifFile;

	private static Injector injector;

	/** Runs the goal; a build whose models need more memory than Maven's JVM was given is told how to give it more. */
	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		// worded before the goal runs: when the heap is full, the bundle and its formats may not load any more
		String outOfMemory = outOfMemory();
		try {
			executeGoal();
		} catch (RuntimeException | Error e) {
			if (MemoryAdvice.ranOutOfMemory(e)) {
				// not given as the cause: Maven would then report the error's own words, "Java heap space", instead of these
				throw new MojoExecutionException(outOfMemory);
			}
			throw e;
		}
	}

	/** What the goal does. */
	protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

	/** Why the goal stopped when Java ran out of memory, and the option that gives it twice as much. */
	protected String outOfMemory() {
		MemoryAdvice advice = MemoryAdvice.ofThisJvm();
		return say().text("outOfMemory", "megabytes", advice.megabytes(), "suggested", advice.suggestedOption());
	}

	protected static synchronized Injector injector() {
		if (injector == null) {
			injector = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The language of the build's messages: {@code <language>}, else the environment's (an unknown one is refused by {@link #load}). */
	protected Language messageLanguage() {
		return Language.parse(language).orElseGet(() -> Language.fromEnvironment(System.getenv()));
	}

	/** The plugin's own sentences in the language of the build's messages. */
	protected Messages say() {
		return BuildMessages.of(messageLanguage());
	}

	/** The language asked for with {@code <language>}, if any; one GovModel does not write fails the build. */
	private Optional<Language> requestedLanguage() throws MojoFailureException {
		if (language == null || language.isBlank()) {
			return Optional.empty();
		}
		Optional<Language> parsed = Language.parse(language);
		if (parsed.isEmpty()) {
			throw new MojoFailureException(say().text("badLanguage", "value", language, "codes", Language.codes()));
		}
		return parsed;
	}

	/** The model files, sorted. */
	protected List<Path> modelFiles() throws MojoExecutionException {
		List<Path> files = new ArrayList<>();
		for (File directory : modelDirectories) {
			Path root = directory.toPath();
			if (!Files.isDirectory(root)) {
				getLog().info(say().text("noFolder", "folder", root.toString()));
				continue;
			}
			List<PathMatcher> include = includes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
			List<PathMatcher> exclude = excludes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).filter(p -> {
					Path relative = root.relativize(p);
					return matches(include, relative) && !matches(exclude, relative) && !SkippedFolders.contains(relative);
				}).sorted().forEach(files::add);
			} catch (IOException e) {
				throw new MojoExecutionException(say().text("cannotList", "folder", root.toString(), "reason", String.valueOf(e.getMessage())), e);
			}
		}
		return files;
	}

	/**
	 * How the reports are written: the language asked for, else the one the models or the run's
	 * {@code govmodel.json} declare ({@link ReportLanguage}), and the audience ({@code public} or {@code review}).
	 */
	protected ReportOptions reportOptions(String audience, LoadedModels models) throws MojoFailureException {
		Optional<Language> requested = requestedLanguage();
		ReportOptions.Audience reader = ReportOptions.Audience.parse(audience == null ? "public" : audience)
				.orElseThrow(() -> new MojoFailureException(say().text("badAudience", "value", String.valueOf(audience))));
		try {
			ReportLanguage.Decision decision = injector().getInstance(ReportLanguage.class).decide(requested, "<language>", models, models.settingsFile());
			decision.diagnostics().forEach(diagnostic -> getLog().warn(diagnostic.toLineWithoutSeverity()));
			return new ReportOptions(decision.language(), reader);
		} catch (SettingsFile.InvalidSettingsException e) {
			throw new MojoFailureException(e.message(messageLanguage()));
		}
	}

	/**
	 * The manifest of the pages an output folder had before this run: the file given (a CI build that restored the
	 * published site elsewhere), else the folder's own {@code pages.json}; one that cannot be read as a manifest is
	 * reported and ignored, as by the command line. Both goals that write reports read it here.
	 */
	protected PageManifest previousPages(File given, Path outputFolder) throws MojoExecutionException {
		Path manifestFile = given != null ? given.toPath() : outputFolder.resolve(PageManifest.FILE);
		try {
			PageManifest.Previous previous = PageManifest.previous(given == null ? null : given.toPath(), outputFolder);
			previous.unreadable().ifPresent(file -> getLog().warn(say().text("unreadablePages", "file", file.toString())));
			return previous.manifest();
		} catch (IOException e) {
			throw new MojoExecutionException(say().text("cannotReadPages", "file", manifestFile.toString(), "reason", String.valueOf(e.getMessage())), e);
		}
	}

	/** What an output folder must not hold (it is replaced as a whole): the model folders and the model files. */
	protected List<Path> inputs(List<Path> files) {
		List<Path> inputs = new ArrayList<>(modelDirectories.stream().map(File::toPath).toList());
		inputs.addAll(files);
		return inputs;
	}

	private static boolean matches(List<PathMatcher> matchers, Path relative) {
		// "**/*.govmodel" should also match files at the top of the folder
		return matchers.stream().anyMatch(m -> m.matches(relative) || m.matches(Path.of("x").resolve(relative)));
	}

	/** Loads, configures and validates; logs every diagnostic; fails on errors (and warnings if asked). */
	protected ModelLoader.Checked check(List<Path> files) throws MojoExecutionException, MojoFailureException {
		ModelLoader.Checked checked = load(files);
		List<ModelDiagnostic> diagnostics = checked.diagnostics();
		long errors = diagnostics.stream().filter(ModelDiagnostic::isError).count();
		long warnings = diagnostics.stream().filter(d -> d.severityName().equals("warning")).count();
		if (errors > 0) {
			ModelDiagnostic first = diagnostics.stream().filter(ModelDiagnostic::isError).findFirst().orElseThrow();
			throw new MojoFailureException(say().text("failed.errors", "count", errors, "place", first.place(), "rule",
					TerminalText.escape(first.ruleId()), "message", TerminalText.escape(first.message())));
		}
		if (failOnWarning && warnings > 0) {
			throw new MojoFailureException(say().text("failed.warnings", "count", warnings));
		}
		return checked;
	}

	/** Loads, configures and validates; logs every diagnostic. */
	protected ModelLoader.Checked load(List<Path> files) throws MojoFailureException {
		requestedLanguage();
		Language messages = messageLanguage();
		ModelLoader.Checked checked = checkIn(files, messages);
		if (checked.unusableSettings().isPresent()) {
			SettingsFile.InvalidSettingsException unusable = checked.unusableSettings().get();
			if (sarifFile != null) {
				// the build fails, and the SARIF log says why, at the settings file, for the pull request to show (a
				// log left from an earlier run would show that run's findings instead)
				writeSarif(List.of(unusable.diagnostic(messages)));
			}
			throw new MojoFailureException(unusable.message(messages));
		}
		List<ModelDiagnostic> diagnostics = checked.diagnostics();
		for (ModelDiagnostic diagnostic : diagnostics) {
			// escaped: model text must not forge log lines (a line break, an escape sequence)
			String line = diagnostic.toLineWithoutSeverity();
			switch (diagnostic.severityName()) {
				case "error" -> getLog().error(line);
				case "warning" -> getLog().warn(line);
				default -> getLog().info(line);
			}
		}
		getLog().info(CheckSummary.of(diagnostics, files.size(), messages));
		if (sarifFile != null) {
			writeSarif(diagnostics);
		}
		return checked;
	}

	/** The models checked with the pom's rule severities, every diagnostic in the language; nothing is logged. */
	protected ModelLoader.Checked checkIn(List<Path> files, Language language) {
		return loader().check(files, ruleSettings(), null, language);
	}

	/**
	 * The findings in the language of the reports that show them ({@link ModelLoader#diagnosticsIn}): without this a
	 * review site's findings would be in the language of whoever ran the build.
	 */
	protected List<ModelDiagnostic> findingsIn(Language reportLanguage, ModelLoader.Checked checked, List<Path> files) {
		return loader().diagnosticsIn(reportLanguage, checked, files, ruleSettings(), null);
	}

	/** The pom's {@code <rules>}, over each file's {@code govmodel.json}. */
	private List<RuleSetting> ruleSettings() {
		List<RuleSetting> settings = new ArrayList<>();
		rules.forEach((id, severity) -> settings.add(new RuleSetting(id, severity, "pom.xml <rules>", 1, 1)));
		return settings;
	}

	private ModelLoader loader() {
		return injector().getInstance(ModelLoader.class);
	}

	private void writeSarif(List<ModelDiagnostic> diagnostics) throws MojoFailureException {
		try {
			Path target = sarifFile.toPath().toAbsolutePath();
			Files.createDirectories(target.getParent());
			Path staged = Files.createTempFile(target.getParent(), ".govmodel", ".sarif");
			Files.writeString(staged, SarifLog.render(diagnostics, getClass().getPackage().getImplementationVersion(), new RuleTexts(messageLanguage())),
					java.nio.charset.StandardCharsets.UTF_8);
			Files.move(staged, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			getLog().info(say().text("sarif.written", "file", sarifFile.toString()));
		} catch (java.io.IOException e) {
			throw new MojoFailureException(say().text("sarif.cannotWrite", "file", sarifFile.toString(), "reason", String.valueOf(e.getMessage())));
		}
	}
}
