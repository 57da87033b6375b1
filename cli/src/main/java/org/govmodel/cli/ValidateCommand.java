package org.govmodel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks models: syntax, references and governance rules.",
				"Prints one diagnostic per line as path:line:col: severity: message [rule].",
				"Exit code 0 when there is no error, 1 when there are errors, 2 for usage or I/O errors." })
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
		LoadedModels models = loader.load(files);
		List<ModelDiagnostic> diagnostics = loader.validate(models);
		format.print(diagnostics, files.size(), out, err);
		if (stats) {
			statistics.print(files, err);
		}
		if (!models.unreadable().isEmpty()) {
			return GovModelCli.USAGE;
		}
		return diagnostics.stream().anyMatch(ModelDiagnostic::isError) ? GovModelCli.MODEL_ERRORS : GovModelCli.OK;
	}
}
