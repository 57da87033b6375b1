package org.govmodel.dsl.ide.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.loading.SettingsLayer;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.Rules;

import com.google.inject.Inject;

/**
 * A project's rule severities as the language server applies them: {@link RuleSettings} finds
 * each model's {@code govmodel.json} as every front end does (docs/architecture.md, "Finding
 * models and settings"); the editor's severities are the front end's options over them. What
 * names no rule or no severity becomes a GOV-CONFIG-001 diagnostic on the settings file's line
 * or, for the editor's settings, on the project folder.
 */
public class ProjectRuleSettings {

	@Inject
	private ClientRuleSeverities clientSeverities;

	/** Applies the editor's severities. @return their problems, on the project folder */
	public Map<URI, List<Issue>> applyEditorSettings(URI baseDir, RuleSettings settings) {
		List<Issue> problems = clientSeverities.applyTo(settings).stream()
				.map(message -> new SettingsLayer.Problem(1, 1, 0, 0, Severity.WARNING, message, Rules.UNKNOWN_RULE).toIssue(baseDir)).toList();
		return baseDir == null ? Map.of() : Map.of(baseDir, problems);
	}

	/**
	 * Reads the settings file of every model the project holds.
	 *
	 * @return the problems of each settings file, by its URI
	 */
	public Map<URI, List<Issue>> settingsFileProblems(RuleSettings settings, Iterable<URI> models) {
		for (URI model : models) {
			if (model.isFile()) {
				settings.layerOf(Path.of(model.toFileString()));
			}
		}
		Map<URI, List<Issue>> problems = new LinkedHashMap<>();
		for (SettingsLayer layer : settings.layersRead()) {
			problems.put(URI.createFileURI(layer.file().toAbsolutePath().toString()), layer.issues());
		}
		return problems;
	}
}
