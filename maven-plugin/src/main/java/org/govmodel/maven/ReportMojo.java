package org.govmodel.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.dsl.util.MemoryAdvice;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.Reports;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.generators.scorecards.ScorecardGenerator;

/**
 * The models in the project site ({@code mvn site}): a GovModel page with the
 * validation findings and each assessment's mean, next to the generated
 * documentation, scorecards and diagrams under {@code govmodel/}. Findings do
 * not fail the site; invalid models get the page without the reports.
 * Run alone ({@code mvn govmodel:report}) it writes the reports only.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractGovModelMojo implements MavenReport {

	private static final String FOLDER = "govmodel";

	/** The site's output folder (the site plugin sets it). */
	@Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
	private File reportOutputDirectory;

	/** Who reads the reports: public (no validation findings) or review (findings with file and line). */
	@Parameter(property = "govmodel.audience", defaultValue = "public")
	private String audience;

	/**
	 * The {@code pages.json} of the site these reports replace, when the site folder does not hold it (a CI build that
	 * restored the published site elsewhere); as for the {@code generate} goal, pages it lists that this build does not
	 * write lead to the element's new page (renamed) or say it was removed; see docs/output-files.md.
	 */
	@Parameter(property = "govmodel.previousPages")
	private File previousPages;

	@Override
	protected void executeGoal() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info(say().text("skipped.report"));
			return;
		}
		List<Path> files = modelFiles();
		ModelLoader.Checked checked = check(files);
		ReportOptions options = reportOptions(audience, checked.models());
		List<ModelDiagnostic> findings = options.audience() == ReportOptions.Audience.REVIEW ? findingsIn(options.language(), checked, files)
				: checked.diagnostics();
		writeReports(checked, findings, files, options);
	}

	@Override
	public void generate(Sink sink, Locale locale) throws MavenReportException {
		String outOfMemory = outOfMemory();
		try {
			List<Path> files = modelFiles();
			ModelLoader.Checked checked = load(files);
			ReportOptions options = reportOptions(audience, checked.models());
			// the page is published with the reports it links to: in their language, its findings too (and those of
			// a review site's pages)
			List<ModelDiagnostic> findings = findingsIn(options.language(), checked, files);
			// invalid models: the page lists the errors, and no earlier run's reports stay beside it
			Map<String, String> generated = checked.hasErrors() ? clearReports(files) : writeReports(checked, findings, files, options);
			ScoringEngine engine = injector().getInstance(ScoringEngine.class);
			GovernanceViews views = injector().getInstance(GovernanceViews.class);
			ScorecardGenerator scorecards = injector().getInstance(ScorecardGenerator.class);
			List<SiteSummary.ScoredAssessment> assessments = new ArrayList<>();
			Map<Assessment, String> scorecardFiles = scorecards.htmlScorecards(checked.models().models().toList());
			checked.models().models().forEach(model -> model.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast)
					.filter(a -> a.getFramework() != null && !a.getFramework().eIsProxy())
					.forEach(a -> {
						String scorecard = scorecardFiles.get(a);
						assessments.add(new SiteSummary.ScoredAssessment(views.viewOf(a).subject().orElse(null), engine.score(a),
								scorecard != null && generated.containsKey(scorecard) ? scorecard : null));
					}));
			new SiteSummary(sink, BuildMessages.of(options.language()), injector().getInstance(LocalizedTitles.class)).write(files.size(), findings, assessments, generated.keySet(), FOLDER);
		} catch (MojoExecutionException | MojoFailureException e) {
			throw new MavenReportException(e.getMessage(), e);
		} catch (RuntimeException | Error e) {
			if (!MemoryAdvice.ranOutOfMemory(e)) {
				throw e;
			}
			throw new MavenReportException(outOfMemory);
		}
	}

	/** @param findings the models' findings in the reports' language, for a review site to show */
	private Map<String, String> writeReports(ModelLoader.Checked checked, List<ModelDiagnostic> findings, List<Path> files, ReportOptions options)
			throws MojoExecutionException, MojoFailureException {
		List<org.govmodel.dsl.govModel.Model> models = checked.models().models().toList();
		Artifacts artifacts = injector().getInstance(Reports.class).generate(models, findings, EnumSet.allOf(Reports.Output.class),
				options, previousPages(previousPages, reportFolder()));
		replaceReports(artifacts.files(), files);
		getLog().info(say().text("wrote", "count", artifacts.files().size(), "folder", reportFolder().toString()));
		return artifacts.files();
	}

	private Map<String, String> clearReports(List<Path> models) throws MojoExecutionException, MojoFailureException {
		replaceReports(Map.of(), models);
		return Map.of();
	}

	private void replaceReports(Map<String, String> files, List<Path> models) throws MojoExecutionException, MojoFailureException {
		Path folder = reportFolder();
		try {
			OutputFolder.replace(folder, inputs(models), files);
		} catch (OutputFolder.RefusedException e) {
			throw new MojoFailureException(TerminalText.escape(e.message(messageLanguage())));
		} catch (IOException e) {
			throw new MojoExecutionException(say().text("cannotWrite", "folder", folder.toString(), "reason", String.valueOf(e.getMessage())), e);
		}
	}

	private Path reportFolder() {
		return reportOutputDirectory.toPath().resolve(FOLDER);
	}

	@Override
	public String getOutputName() {
		return FOLDER;
	}

	@Override
	public String getCategoryName() {
		return CATEGORY_PROJECT_REPORTS;
	}

	@Override
	public String getName(Locale locale) {
		return "GovModel";
	}

	@Override
	public String getDescription(Locale locale) {
		return BuildMessages.of(siteLanguage(locale)).text("site.description");
	}

	/** The language of the Maven site's pages, for what its menus and overview show; English when GovModel does not write it. */
	private static Language siteLanguage(Locale locale) {
		return Language.parse(locale == null ? null : locale.getLanguage()).orElse(Language.EN);
	}

	@Override
	public void setReportOutputDirectory(File directory) {
		this.reportOutputDirectory = directory;
	}

	@Override
	public File getReportOutputDirectory() {
		return reportOutputDirectory;
	}

	@Override
	public boolean isExternalReport() {
		return false;
	}

	@Override
	public boolean canGenerateReport() {
		try {
			return !skip && !modelFiles().isEmpty();
		} catch (MojoExecutionException e) {
			return false;
		}
	}
}
