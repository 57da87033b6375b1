package org.govmodel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.RuleSetting;
import org.govmodel.dsl.loading.SettingsFile;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks models: syntax, references and governance rules.",
				"Prints one diagnostic per line as path:line:col: severity: message [rule].",
				"Rule severities come from govmodel.json next to the models, --settings or --rule.",
				"Exit code 0 when there is no error, 1 when there are errors (or warnings with --strict), 2 for usage or I/O errors." })
class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private DiagnosticFormat format;

	@Option(names = "--stats", description = "Print the number of files, lines, elapsed time and peak heap on stderr.")
	private boolean stats;

	@Option(names = "--strict", description = "Treat warnings as errors (exit code 1 when there is any warning).")
	private boolean strict;

	@Option(names = "--rule", paramLabel = "ID=SEVERITY", mapFallbackValue = "off",
			description = "Set a rule's severity: off, info, warning or error (repeatable), e.g. --rule GOV-AUTO-001=off.")
	private Map<String, String> rules = new LinkedHashMap<>();

	@Option(names = "--settings", paramLabel = "FILE",
			description = "Rule settings (JSON). Default: govmodel.json in the first named folder that has one.")
	private Path settings;

	private static final String OPTION = "--rule";

	@Inject
	private ModelLoader loader;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		RunStatistics statistics = new RunStatistics();
		List<Path> files;
		try {
			files = ModelFiles.collect(paths.paths);
		} catch (ModelFiles.UnreadablePathException e) {
			err.println("govmodel validate: " + e.getMessage());
			return GovModelCli.USAGE;
		}
		List<RuleSetting> ruleSettings = new ArrayList<>();
		try {
			Optional<Path> settingsFile = settings != null ? Optional.of(settings) : SettingsFile.find(paths.paths);
			if (settingsFile.isPresent()) {
				ruleSettings.addAll(SettingsFile.read(settingsFile.get()));
			}
		} catch (SettingsFile.InvalidSettingsException e) {
			err.println("govmodel validate: " + e.getMessage());
			return GovModelCli.USAGE;
		}
		rules.forEach((id, severity) -> ruleSettings.add(new RuleSetting(id, severity, OPTION, 1, 1)));
		LoadedModels models = loader.load(files);
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		for (ModelDiagnostic problem : loader.configure(models, ruleSettings)) {
			if (problem.path().equals(OPTION)) {
				err.println("govmodel validate: --rule " + problem.message());
				return GovModelCli.USAGE;
			}
			diagnostics.add(problem);
		}
		diagnostics.addAll(loader.validate(models));
		diagnostics.sort(ModelDiagnostic.BY_LOCATION);
		format.print(diagnostics, files.size(), out, err);
		if (stats) {
			statistics.print(files, err);
		}
		if (!models.unreadable().isEmpty()) {
			return GovModelCli.USAGE;
		}
		boolean failed = diagnostics.stream().anyMatch(d -> d.isError() || strict && d.severityName().equals("warning"));
		return failed ? GovModelCli.MODEL_ERRORS : GovModelCli.OK;
	}
}
