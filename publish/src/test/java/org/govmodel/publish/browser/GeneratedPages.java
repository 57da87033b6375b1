package org.govmodel.publish.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.Reports;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.publish.TestModels;

/** Every report of a folder of models, generated into an output folder as `govmodel generate` does, and the pages a browser opens there. */
final class GeneratedPages {

	private GeneratedPages() {
	}

	/** The HTML pages and SVG drawings written, in path order. */
	static List<Path> generate(Path models, Path output, ReportOptions options)
			throws IOException, OutputFolder.RefusedException, ModelFiles.UnreadablePathException {
		ModelLoader.Checked checked = TestModels.check(models);
		Artifacts artifacts = TestModels.get(Reports.class).generate(checked.models().models().toList(), checked.diagnostics(),
				EnumSet.allOf(Reports.Output.class), options);
		OutputFolder.replace(output, List.of(models), artifacts);
		try (Stream<Path> walk = Files.walk(output)) {
			return walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg")).sorted().toList();
		}
	}
}
