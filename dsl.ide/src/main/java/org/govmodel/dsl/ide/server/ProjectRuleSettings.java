package org.govmodel.dsl.ide.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.loading.RuleSetting;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.Rules;

import com.google.inject.Inject;

/**
 * Fills a project's {@link RuleSettings}: first its {@code govmodel.json}
 * (at the project's root or, as in a Maven project, next to its models), then
 * the editor's severities. Settings that
 * name no rule or no severity become GOV-CONFIG-001 warnings, on the settings
 * file's line or, for the editor's settings, on the project folder.
 */
public class ProjectRuleSettings {

	private static final int SEARCH_DEPTH = 6;

	@Inject
	private ClientRuleSeverities clientSeverities;

	@Inject
	private ClientLanguage clientLanguage;

	/** @return the problems found, by the URI they are reported on */
	public Map<URI, List<Issue>> apply(URI baseDir, RuleSettings settings) {
		Map<URI, List<Issue>> problems = new LinkedHashMap<>();
		Path file = baseDir != null && baseDir.isFile() ? settingsFileOf(Path.of(baseDir.toFileString())) : null;
		if (file != null) {
			URI fileUri = URI.createFileURI(file.toAbsolutePath().toString());
			List<Issue> fileProblems = new ArrayList<>();
			try {
				for (RuleSetting setting : SettingsFile.read(file)) {
					String problem = settings.set(setting.ruleId(), setting.severity());
					if (problem != null) {
						fileProblems.add(issue(fileUri, problem, setting.line(), setting.column(), setting.ruleId().length() + 2));
					}
				}
			} catch (SettingsFile.InvalidSettingsException e) {
				fileProblems.add(issue(fileUri, e.message(clientLanguage.language()), 1, 1, 1));
			}
			problems.put(fileUri, fileProblems);
		}
		if (baseDir != null) {
			problems.put(baseDir, clientSeverities.applyTo(settings).stream().map(message -> issue(baseDir, message, 1, 1, 0)).toList());
		}
		return problems;
	}

	/**
	 * The project's settings file: at its root, else the one nearest to it
	 * (e.g. {@code src/main/govmodel/govmodel.json} next to a Maven project's
	 * models), as the command line and the Maven plugin find it beside the models.
	 */
	public static Path settingsFileOf(Path root) {
		Path atRoot = root.resolve(SettingsFile.NAME);
		if (Files.isRegularFile(atRoot)) {
			return atRoot;
		}
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(root, Set.of(), SEARCH_DEPTH, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
					return directory.equals(root) || !isSkipped(directory.getFileName()) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.getFileName().toString().equals(SettingsFile.NAME) && attributes.isRegularFile()) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			return null;
		}
		return found.stream().min(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString)).orElse(null);
	}

	/** Build output, dependencies and hidden folders hold no settings of the user's. */
	private static boolean isSkipped(Path segment) {
		String name = segment.toString();
		return name.startsWith(".") || name.equals("target") || name.equals("node_modules") || name.equals("bin");
	}

	private static Issue issue(URI uri, String message, int line, int column, int length) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setUriToProblem(uri);
		issue.setMessage(message);
		issue.setCode(Rules.UNKNOWN_RULE);
		issue.setSeverity(Severity.WARNING);
		issue.setLineNumber(line);
		issue.setColumn(column);
		issue.setLineNumberEnd(line);
		issue.setColumnEnd(column + length);
		issue.setOffset(0);
		issue.setLength(length);
		return issue;
	}
}
