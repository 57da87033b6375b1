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
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.generators.findings.SarifLog;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.RuleSetting;
import org.govmodel.dsl.i18n.ReportLanguage;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.loading.SkippedFolders;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.site.PageManifest;

import com.google.inject.Injector;

/**
 * What the goals share: finding the models, rule severities, validation, and
 * reporting diagnostics through Maven's log as {@code path:line:col: message [rule]}.
 */
abstract class AbstractGovModelMojo extends AbstractMojo {

	/** Folders holding the .govmodel files. */
	@Parameter(defaultValue = "${project.basedir}/src/main/govmodel")
	protected List<File> modelDirectories;

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

	protected static synchronized Injector injector() {
		if (injector == null) {
			injector = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The model files, sorted. */
	protected List<Path> modelFiles() throws MojoExecutionException {
		List<Path> files = new ArrayList<>();
		for (File directory : modelDirectories) {
			Path root = directory.toPath();
			if (!Files.isDirectory(root)) {
				getLog().info("No model folder " + root + ": nothing to do there.");
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
				throw new MojoExecutionException("Cannot list " + root + ": " + e.getMessage(), e);
			}
		}
		return files;
	}

	/**
	 * How the reports are written: the language asked for, else the one the models or the run's
	 * {@code govmodel.json} declare ({@link ReportLanguage}), and the audience ({@code public} or {@code review}).
	 */
	protected ReportOptions reportOptions(String language, String audience, LoadedModels models) throws MojoFailureException {
		Optional<Language> requested = Optional.empty();
		if (language != null && !language.isBlank()) {
			requested = Optional.of(Language.parse(language)
					.orElseThrow(() -> new MojoFailureException("<language>" + language + "</language> is not a language of the reports; use one of " + Language.codes())));
		}
		ReportOptions.Audience reader = ReportOptions.Audience.parse(audience == null ? "public" : audience)
				.orElseThrow(() -> new MojoFailureException("<audience>" + audience + "</audience> is not an audience; use public or review"));
		try {
			ReportLanguage.Decision decision = injector().getInstance(ReportLanguage.class).decide(requested, models, models.settingsFile());
			decision.diagnostics().forEach(diagnostic -> getLog().warn(diagnostic.toLine()));
			return new ReportOptions(decision.language(), reader);
		} catch (SettingsFile.InvalidSettingsException e) {
			throw new MojoFailureException(e.getMessage());
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
			previous.unreadable().ifPresent(file -> getLog().warn("GovModel: " + file + " is not a page manifest written by GovModel; renamed pages get no redirect this time."));
			return previous.manifest();
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot read the previous pages " + manifestFile + ": " + e.getMessage(), e);
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
			throw new MojoFailureException(errors + " error(s) in the models, the first at " + first.path() + ":" + first.line() + ":" + first.column()
					+ " [" + first.ruleId() + "]: " + first.message());
		}
		if (failOnWarning && warnings > 0) {
			throw new MojoFailureException(warnings + " warning(s) in the models and failOnWarning is set");
		}
		return checked;
	}

	/** Loads, configures and validates; logs every diagnostic. */
	protected ModelLoader.Checked load(List<Path> files) throws MojoFailureException {
		ModelLoader loader = injector().getInstance(ModelLoader.class);
		List<RuleSetting> options = new ArrayList<>();
		rules.forEach((id, severity) -> options.add(new RuleSetting(id, severity, "<rules> in the pom", 1, 1)));
		ModelLoader.Checked checked = loader.check(files, options);
		if (checked.unusableSettings().isPresent()) {
			SettingsFile.InvalidSettingsException unusable = checked.unusableSettings().get();
			if (sarifFile != null) {
				// the build fails, and the SARIF log says why, at the settings file, for the pull request to show (a
				// log left from an earlier run would show that run's findings instead)
				writeSarif(List.of(unusable.diagnostic(Language.EN)));
			}
			throw new MojoFailureException(unusable.getMessage());
		}
		List<ModelDiagnostic> diagnostics = checked.diagnostics();
		long errors = 0;
		long warnings = 0;
		for (ModelDiagnostic diagnostic : diagnostics) {
			String line = diagnostic.path() + ":" + diagnostic.line() + ":" + diagnostic.column() + ": " + diagnostic.message() + " [" + diagnostic.ruleId() + "]";
			switch (diagnostic.severityName()) {
				case "error" -> {
					getLog().error(line);
					errors++;
				}
				case "warning" -> {
					getLog().warn(line);
					warnings++;
				}
				default -> getLog().info(line);
			}
		}
		getLog().info(files.size() + " model files checked: " + errors + " errors, " + warnings + " warnings");
		if (sarifFile != null) {
			writeSarif(diagnostics);
		}
		return checked;
	}

	private void writeSarif(List<ModelDiagnostic> diagnostics) throws MojoFailureException {
		try {
			Path target = sarifFile.toPath().toAbsolutePath();
			Files.createDirectories(target.getParent());
			Path staged = Files.createTempFile(target.getParent(), ".govmodel", ".sarif");
			Files.writeString(staged, SarifLog.render(diagnostics, getClass().getPackage().getImplementationVersion()), java.nio.charset.StandardCharsets.UTF_8);
			Files.move(staged, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			getLog().info("SARIF log written to " + sarifFile);
		} catch (java.io.IOException e) {
			throw new MojoFailureException("cannot write the SARIF log " + sarifFile + ": " + e.getMessage());
		}
	}
}
