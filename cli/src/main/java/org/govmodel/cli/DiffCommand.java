package org.govmodel.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.govmodel.dsl.comparison.ModelComparison;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.validation.Rules;
import org.govmodel.generators.diff.DiffHtml;
import org.govmodel.generators.diff.DiffJson;
import org.govmodel.generators.diff.DiffMarkdown;
import org.govmodel.generators.diff.DiffText;
import org.govmodel.generators.diff.DiffWords;
import org.govmodel.generators.diff.ModelListing;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Shows what changed between two versions of models, in governance terms.",
				"  govmodel diff OLD NEW                 two files or folders",
				"  govmodel diff --git REV [PATH...]     a revision against the working tree",
				"  govmodel diff --git REV..REV [PATH...] two revisions (read with JGit, no checkout)",
				"  govmodel diff --git-driver PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
				"                                        git's external diff driver (see README)",
				"  govmodel diff --textconv FILE         a file as sorted facts, for git's textconv (see README)",
				"Both versions are loaded, validated and scored as validate and score do.",
				"Exit codes: 0 no semantic change, 1 changes, 2 usage or I/O error or a version that does not parse",
				"(as a git driver: 0 unless an error)." })
class DiffCommand implements Callable<Integer> {

	enum Format {
		text, markdown, json, html
	}

	enum Colour {
		auto, always, never
	}

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private GovModelCli root;

	@Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "operands", description = "OLD NEW, or with --git the paths to compare (default: the whole repository).")
	private List<Path> operands = new ArrayList<>();

	@Option(names = "--git", paramLabel = "REV[..REV]", description = "Compare a revision with the working tree, or two revisions (A..B; A.. means A..HEAD).")
	private String revisions;

	@Option(names = "--git-driver", description = "Take git's seven external-diff arguments (diff.<driver>.command).")
	private boolean driver;

	@Option(names = "--textconv", description = "Print one file as a sorted list of facts (diff.<driver>.textconv): git then line-diffs facts, not layout.")
	private boolean textconv;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
			description = "Colour the text format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, never with NO_COLOR set).")
	private Colour colour;

	@Mixin
	private LanguageOption language;

	@Mixin
	private RuleOptions ruleOptions;

	@Inject
	private ModelCheck check;

	@Inject
	private ModelComparison comparison;

	@Inject
	private DiffText text;

	@Inject
	private DiffMarkdown markdown;

	@Inject
	private DiffJson json;

	@Inject
	private DiffHtml html;

	@Inject
	private ModelListing listing;

	@Inject
	private DiffWords.Factory words;

	/** One version, checked; {@code label} names it in messages ("old", "HEAD~1"). */
	private record Side(String label, ModelCheck.Result result) {
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Side before;
		Side after;
		String title;
		DiffWords say = words.of(language.language());
		try {
			if (driver) {
				return gitDriver(out, err, say);
			}
			if (textconv) {
				if (operands.size() != 1) {
					throw new ModelCheck.UsageError(say.text("error.textconv"));
				}
				ModelCheck.Result result = check.run(operands, ruleOptions, language.language());
				out.print(listing.render(result.models(), result.diagnostics()));
				out.flush();
				return GovModelCli.OK;
			}
			if (revisions != null) {
				// the repository of the first path named, else of the working directory
				try (GitRevisions git = GitRevisions.around(operands.isEmpty() ? Path.of("") : operands.get(0), CliMessages.of(language.language()))) {
					List<Path> paths = operands.isEmpty() ? List.of(git.workTree()) : operands;
					String[] range = revisions.split("\\.\\.", -1);
					if (range.length > 2 || range[0].isEmpty()) {
						throw new ModelCheck.UsageError(say.text("error.range", "revisions", revisions));
					}
					Side[] sides = bothAtOnce(() -> revision(git, range[0], paths),
							() -> range.length == 2 ? revision(git, range[1].isEmpty() ? "HEAD" : range[1], paths) : workingTree(paths, say));
					before = sides[0];
					after = sides[1];
					title = range.length == 2 ? say.text("title.paths", "old", range[0], "new", range[1].isEmpty() ? "HEAD" : range[1])
							: say.text("title.workingTree", "old", range[0]);
				}
			} else {
				if (operands.size() != 2) {
					throw new ModelCheck.UsageError(say.text("error.operands"));
				}
				Side[] sides = bothAtOnce(() -> new Side(operands.get(0).toString(), check.run(List.of(operands.get(0)), ruleOptions, language.language())),
						() -> new Side(operands.get(1).toString(), check.run(List.of(operands.get(1)), ruleOptions, language.language())));
				before = sides[0];
				after = sides[1];
				title = say.text("title.paths", "old", operands.get(0).toString(), "new", operands.get(1).toString());
			}
		} catch (ModelCheck.UsageError e) {
			err.println("govmodel diff: " + TerminalText.escape(e.getMessage()));
			return GovModelCli.USAGE;
		}
		if (!parses(before, err, say) | !parses(after, err, say)) {
			return GovModelCli.USAGE;
		}
		ModelDiff diff = comparison.compare(checked(before), checked(after));
		out.print(switch (format) {
			case text -> text.render(diff, colourful(), language.language());
			case markdown -> markdown.render(diff, language.language());
			case json -> json.render(diff, language.language());
			case html -> html.render(diff, before.result().models(), after.result().models(), title, language.language());
		});
		out.flush();
		return diff.hasChanges() ? GovModelCli.MODEL_ERRORS : GovModelCli.OK;
	}

	/** Loading one version, which may refuse the command line or its files. */
	@FunctionalInterface
	private interface Loading {
		Side load() throws ModelCheck.UsageError;
	}

	/**
	 * Loads, validates and scores the two versions at the same time, the newer on a second thread: each has its own
	 * resource set, and the services they share (the library's locations, the validators, the rule catalogue, the
	 * message bundles) are safe to use from several threads, as the language server does. On two cores this halves
	 * the wait for the larger part of a diff (docs/performance.md). A refusal of the older version is reported before
	 * one of the newer, as when they were loaded one after the other.
	 */
	private static Side[] bothAtOnce(Loading older, Loading newer) throws ModelCheck.UsageError {
		FutureTask<Side> second = new FutureTask<>(newer::load);
		Thread thread = new Thread(second, "govmodel-diff-newer");
		thread.setDaemon(true);
		thread.start();
		Side first;
		try {
			first = older.load();
		} catch (ModelCheck.UsageError | RuntimeException | Error e) {
			second.cancel(true);
			throw e;
		}
		try {
			return new Side[] { first, second.get() };
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ModelCheck.UsageError usage) {
				throw usage;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private Side revision(GitRevisions git, String name, List<Path> paths) throws ModelCheck.UsageError {
		GitRevisions.Revision revision = git.read(name, paths);
		return new Side(name, check.run(revision.files(), ruleOptions, revision.contents(), language.language()));
	}

	private Side workingTree(List<Path> paths, DiffWords say) throws ModelCheck.UsageError {
		return new Side(say.text("side.workingTree"), check.run(paths, ruleOptions, language.language()));
	}

	/**
	 * git calls {@code command PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE}
	 * once per changed file, from the top of the working tree; OLD-FILE is
	 * /dev/null for an added file. The files are read under PATH's name.
	 */
	private int gitDriver(PrintWriter out, PrintWriter err, DiffWords say) throws ModelCheck.UsageError {
		if (operands.size() != 7) {
			throw new ModelCheck.UsageError(say.text("error.driver", "count", operands.size()));
		}
		Path path = operands.get(0);
		Side[] sides = bothAtOnce(() -> driverSide("a/" + path, path, operands.get(1)), () -> driverSide("b/" + path, path, operands.get(4)));
		Side before = sides[0];
		Side after = sides[1];
		out.println(TerminalText.escape("govmodel diff a/" + path + " b/" + path));
		if (!parses(before, out, say) | !parses(after, out, say)) {
			out.flush();
			return GovModelCli.OK; // git treats a failing driver as fatal; the diagnostics are the diff
		}
		ModelDiff diff = comparison.compare(checked(before), checked(after));
		out.print(format == Format.markdown ? markdown.render(diff, language.language())
				: format == Format.json ? json.render(diff, language.language()) : text.render(diff, colourful(), language.language()));
		out.flush();
		return GovModelCli.OK;
	}

	private Side driverSide(String label, Path path, Path text) throws ModelCheck.UsageError {
		if (text.toString().equals("/dev/null") || !Files.exists(text)) {
			return new Side(label, check.run(List.of(), ruleOptions, null, language.language()));
		}
		Path file = path.toAbsolutePath().normalize();
		return new Side(label, check.run(List.of(file), ruleOptions, f -> Files.newInputStream(text), language.language()));
	}

	/** A version with syntax errors cannot be compared: its syntax errors are printed. */
	private static boolean parses(Side side, PrintWriter err, DiffWords say) {
		List<ModelDiagnostic> syntax = side.result().diagnostics().stream().filter(d -> d.ruleId().equals(Rules.SYNTAX)).toList();
		if (syntax.isEmpty()) {
			return true;
		}
		err.println("govmodel diff: " + TerminalText.escape(say.text("error.doesNotParse", "version", side.label())));
		syntax.forEach(d -> err.println(d.toLine()));
		return false;
	}

	private static ModelLoader.Checked checked(Side side) {
		return new ModelLoader.Checked(side.result().models(), side.result().diagnostics());
	}

	private boolean colourful() {
		return switch (colour) {
			case always -> true;
			case never -> false;
			case auto -> root.interactive() && System.getenv("NO_COLOR") == null;
		};
	}
}
