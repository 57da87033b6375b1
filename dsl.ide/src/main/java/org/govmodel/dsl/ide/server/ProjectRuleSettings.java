package org.govmodel.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * (as the command line reads it), then the editor's severities. Settings that
 * name no rule or no severity become GOV-CONFIG-001 warnings, on the settings
 * file's line or, for the editor's settings, on the project folder.
 */
public class ProjectRuleSettings {

	@Inject
	private ClientRuleSeverities clientSeverities;

	/** @return the problems found, by the URI they are reported on */
	public Map<URI, List<Issue>> apply(URI baseDir, RuleSettings settings) {
		Map<URI, List<Issue>> problems = new LinkedHashMap<>();
		Path file = baseDir != null && baseDir.isFile() ? Path.of(baseDir.toFileString()).resolve(SettingsFile.NAME) : null;
		if (file != null && Files.isRegularFile(file)) {
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
				fileProblems.add(issue(fileUri, e.getMessage(), 1, 1, 1));
			}
			problems.put(fileUri, fileProblems);
		}
		if (baseDir != null) {
			problems.put(baseDir, clientSeverities.applyTo(settings).stream().map(message -> issue(baseDir, message, 1, 1, 0)).toList());
		}
		return problems;
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
