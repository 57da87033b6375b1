package org.govmodel.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Parameters;

/** The PATH... operands shared by the commands that read models. */
class ModelPaths {

	@Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths",
			description = "Model files or folders; folders are searched recursively for *.govmodel.")
	List<Path> paths;
}
