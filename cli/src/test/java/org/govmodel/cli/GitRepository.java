package org.govmodel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real git repository in a temporary folder, driven by the real {@code git} command. */
final class GitRepository {

	final Path root;

	GitRepository(Path root) throws IOException, InterruptedException {
		this.root = root;
		git("init", "-q", "-b", "main");
		git("config", "user.email", "reviewer@example.org");
		git("config", "user.name", "Reviewer");
		git("config", "core.autocrlf", "false");
	}

	/** Writes a file (relative to the repository) and commits everything. */
	GitRepository commit(String file, String text, String message) throws IOException, InterruptedException {
		Path path = root.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text, StandardCharsets.UTF_8);
		git("add", "-A");
		git("commit", "-q", "-m", message);
		return this;
	}

	/** Runs git in the repository and returns its standard output; fails on a non-zero exit. */
	String git(String... args) throws IOException, InterruptedException {
		return run(Map.of(), args);
	}

	String run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("HOME", root.toString());
		builder.environment().put("GIT_PAGER", "cat");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("git " + String.join(" ", args) + " failed (" + exit + "):\n" + output);
		}
		return output;
	}

	/** The command line that runs this build's govmodel (the test class path: the jar is built after the tests). */
	static String govmodelCommand() {
		return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + System.getProperty("java.class.path") + "' " + GovModelCli.class.getName();
	}
}
