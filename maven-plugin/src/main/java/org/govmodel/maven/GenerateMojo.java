package org.govmodel.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.Reports;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.publish.OutputFamily;
import org.govmodel.publish.PrintExports;

/**
 * Validates the models and writes their reports (documentation site,
 * diagrams, scorecards, JSON) into the output folder. Nothing is generated
 * from invalid models; unchanged models and settings are not generated again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGovModelMojo {

	/** Where the reports go; replaced as a whole on each run. */
	@Parameter(property = "govmodel.outputDirectory", defaultValue = "${project.build.directory}/govmodel")
	private File outputDirectory;

	/**
	 * Which reports: docs, diagrams, scorecards, json (the default: these four) and print (the PNG images and
	 * A4 PDF reports, slower, so only when named), as for {@code govmodel generate --only}.
	 */
	@Parameter
	private Set<OutputFamily> outputs = OutputFamily.DEFAULT;

	/** Who reads the reports: public (no validation findings) or review (findings with file and line). */
	@Parameter(property = "govmodel.audience", defaultValue = "public")
	private String audience;

	/**
	 * The {@code pages.json} of the site these reports replace, when the output directory does not hold it (a CI build
	 * that restored the published site elsewhere). Pages it lists that this build does not write are kept as pages that
	 * lead to the element's new page (renamed) or say it was removed; see docs/output-files.md.
	 */
	@Parameter(property = "govmodel.previousPages")
	private File previousPages;

	private static final String STAMP = ".govmodel-inputs";

	@Override
	protected void executeGoal() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info(say().text("skipped.generate"));
			return;
		}
		List<Path> files = modelFiles();
		String fingerprint = fingerprint(files);
		Path stamp = outputDirectory.toPath().resolve(STAMP);
		try {
			if (Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
				getLog().info(say().text("upToDate", "count", files.size()));
				return;
			}
		} catch (IOException e) {
			getLog().debug("Cannot read " + stamp + "; generating.", e);
		}
		ModelLoader.Checked checked = check(files);
		List<Model> models = checked.models().models().toList();
		ReportOptions options = reportOptions(audience, checked.models());
		// a review site shows the findings, in its own language, which the models may choose unlike the build log's
		List<ModelDiagnostic> findings = options.audience() == ReportOptions.Audience.REVIEW ? findingsIn(options.language(), checked, files)
				: checked.diagnostics();
		Artifacts artifacts = injector().getInstance(Reports.class).generate(models, findings, OutputFamily.reports(outputs), options,
				previousPages(previousPages, outputDirectory.toPath()));
		if (outputs.contains(OutputFamily.print)) {
			injector().getInstance(PrintExports.class).generate(models, options, artifacts);
		}
		artifacts.add(STAMP, fingerprint);
		try {
			OutputFolder.replace(outputDirectory.toPath(), inputs(files), artifacts);
		} catch (OutputFolder.RefusedException e) {
			throw new MojoFailureException(TerminalText.escape(e.message(messageLanguage())));
		} catch (IOException e) {
			throw new MojoExecutionException(say().text("cannotWrite", "folder", outputDirectory.toString(), "reason", String.valueOf(e.getMessage())), e);
		}
		getLog().info(say().text("wrote", "count", artifacts.count(), "folder", outputDirectory.toString()));
	}

	/** What the output depends on: the model files' paths and contents, the settings, the outputs chosen. */
	private String fingerprint(List<Path> files) throws MojoExecutionException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				digest.update(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
			for (Path settings : files.stream().map(SettingsFile::applyingTo).flatMap(Optional::stream).distinct().sorted().toList()) {
				digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(settings));
			}
			digest.update((rules + "|" + outputs + "|" + language + "|" + audience + "|" + failOnWarning + "|" + GenerateMojo.class.getPackage().getImplementationVersion())
					.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest()) + "\n";
		} catch (IOException e) {
			throw new MojoExecutionException(say().text("cannotReadModels", "reason", String.valueOf(e.getMessage())), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
