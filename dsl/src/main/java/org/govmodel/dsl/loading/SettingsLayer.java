package org.govmodel.dsl.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.Rules;

/**
 * The rule severities one {@code govmodel.json} sets, checked against the rule catalogue, and
 * what is wrong in it (GOV-CONFIG-001: a rule id or severity that does not exist, a file that
 * is not JSON), located in the file so that every front end reports it where it is.
 *
 * @param file       the settings file
 * @param severities the accepted severities, as Xtext names them (ignore, info, warning, error)
 * @param problems   the settings it could not apply, in file order
 * @param unusable   why the file could not be read at all, if so (its problems then say it too)
 */
public record SettingsLayer(Path file, Map<String, String> severities, List<Problem> problems, Optional<SettingsFile.InvalidSettingsException> unusable) {

	/** A problem at a place in the settings file ({@code offset}: characters from its start). */
	public record Problem(int line, int column, int offset, int length, Severity severity, String message, String ruleId) {

		/** The problem as an editor's issue on the file at {@code uri} (language server, Eclipse markers). */
		public Issue toIssue(URI uri) {
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setUriToProblem(uri);
			issue.setMessage(message);
			issue.setCode(ruleId);
			issue.setSeverity(severity);
			issue.setLineNumber(line);
			issue.setColumn(column);
			issue.setLineNumberEnd(line);
			issue.setColumnEnd(column + length);
			issue.setOffset(offset);
			issue.setLength(length);
			return issue;
		}
	}

	/** Reads and checks a settings file, its problems written in the language. */
	public static SettingsLayer read(Path file, Language language) {
		Map<String, String> severities = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		try {
			for (RuleSetting setting : SettingsFile.read(file)) {
				String problem = RuleSettings.problem(setting.ruleId(), setting.severity(), DiagnosticLanguage.messages(language));
				if (problem == null) {
					severities.put(setting.ruleId(), RuleSettings.xtextSeverity(setting.severity()));
				} else {
					problems.add(new Problem(setting.line(), setting.column(), offset(file, setting.line(), setting.column()), setting.ruleId().length() + 2,
							Severity.WARNING, problem, Rules.UNKNOWN_RULE));
				}
			}
		} catch (SettingsFile.InvalidSettingsException e) {
			Problem problem = new Problem(e.line(), e.column(), e.offset(), e.length(), Severity.ERROR, e.problem(language), Rules.UNKNOWN_RULE);
			return new SettingsLayer(file, Map.of(), List.of(problem), Optional.of(e));
		}
		return new SettingsLayer(file, Map.copyOf(severities), List.copyOf(problems), Optional.empty());
	}

	/** The offset of a line and column of the file (read again: settings files are small). */
	private static int offset(Path file, int line, int column) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			int offset = 0;
			for (int l = 1; l < line; l++) {
				offset = text.indexOf('\n', offset) + 1;
			}
			return offset + column - 1;
		} catch (IOException e) {
			return 0;
		}
	}

	/** The problems as an editor's issues on the settings file. */
	public List<Issue> issues() {
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		return problems.stream().map(problem -> problem.toIssue(uri)).toList();
	}

	/** The problems as diagnostics of the file shown as {@link ModelFiles#display}. */
	public List<ModelDiagnostic> diagnostics() {
		String display = ModelFiles.display(file);
		return problems.stream().map(p -> new ModelDiagnostic(display, p.line(), p.column(), p.length(), p.severity(), p.message(), p.ruleId(),
				new String[0], null)).toList();
	}
}
