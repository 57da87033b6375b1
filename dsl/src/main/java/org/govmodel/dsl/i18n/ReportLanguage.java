package org.govmodel.dsl.i18n;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.JURISDICTION__LANGUAGE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.govmodel.dsl.govModel.Element;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.loading.SettingsFile.InvalidSettingsException;
import org.govmodel.dsl.loading.SettingsFile.LanguageSetting;
import org.govmodel.dsl.validation.rules.LanguageRules;
import org.govmodel.dsl.validation.rules.TranslationRules;

import com.google.inject.Singleton;

/**
 * Decides the language a run writes its reports in, the same way for every front end (command
 * line, Maven plugin, language server, Eclipse). The first of these that names a language wins:
 * <ol>
 * <li>the run's explicit choice ({@code --lang}, the Maven {@code language} parameter, the editor's setting);</li>
 * <li>the {@code language} the models' jurisdictions declare ({@code jurisdiction x "…" province { language es }}),
 * when they agree;</li>
 * <li>the {@code "language"} of the project's {@code govmodel.json};</li>
 * <li>English.</li>
 * </ol>
 * A declaration that cannot decide (jurisdictions that disagree, a settings value that names no
 * language GovModel writes) is a diagnostic of the decision; a jurisdiction's unknown code is
 * already a validation error (GOV-LANG-001) and is passed over here.
 */
@Singleton
public class ReportLanguage {

	/** The messages' word for a front end without a choice of the run's language (GOV-LANG-003's {@code option}). */
	private static final String NO_OPTION = "none";

	/** Which of the choices decided. */
	public enum Source {
		OPTION, JURISDICTION, SETTINGS, DEFAULT
	}

	/**
	 * The decision.
	 *
	 * @param language    the language to write in
	 * @param source      which choice decided it
	 * @param diagnostics declarations passed over, as located warnings for the run to report with its other diagnostics
	 */
	public record Decision(Language language, Source source, List<ModelDiagnostic> diagnostics) {
	}

	/**
	 * The language of a run over loaded models.
	 *
	 * @param option   the run's explicit choice, if any
	 * @param models   the user's models as loaded
	 * @param settings the project's {@code govmodel.json}, if any (see {@link LoadedModels#settingsFile})
	 * @throws InvalidSettingsException when the settings file cannot be read or is not JSON (a usage error, as for the rule settings)
	 */
	public Decision decide(Optional<Language> option, LoadedModels models, Optional<Path> settings) throws InvalidSettingsException {
		return decide(option, null, models, settings);
	}

	/**
	 * {@link #decide(Optional, LoadedModels, Optional)} for a front end whose user chooses the run's language with
	 * {@code optionName} ({@code --lang}, {@code <language>}): the warnings name it beside {@code govmodel.json}, so
	 * that they say what to do in that front end (null: it has no such choice).
	 */
	public Decision decide(Optional<Language> option, String optionName, LoadedModels models, Optional<Path> settings) throws InvalidSettingsException {
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		if (option.isPresent()) {
			return new Decision(option.get(), Source.OPTION, diagnostics);
		}
		Optional<Language> declared = declaredByJurisdictions(models, optionName == null ? NO_OPTION : optionName, diagnostics);
		if (declared.isPresent()) {
			return new Decision(declared.get(), Source.JURISDICTION, List.copyOf(diagnostics));
		}
		Optional<Language> configured = settings.isPresent() ? configured(settings.get(), diagnosticsLanguage(models), diagnostics) : Optional.empty();
		if (configured.isPresent()) {
			return new Decision(configured.get(), Source.SETTINGS, List.copyOf(diagnostics));
		}
		return new Decision(Language.EN, Source.DEFAULT, List.copyOf(diagnostics));
	}

	/** The diagnostics' language of the loaded models (the one their resource set was checked in). */
	private static Messages diagnosticsLanguage(LoadedModels models) {
		return models.files().stream().filter(file -> file.model() != null).findFirst().map(file -> DiagnosticLanguage.messages(file.model()))
				.orElse(DiagnosticLanguage.messages(Language.EN));
	}

	/** The language the jurisdictions declare when they agree; a warning at each one that disagrees with the first. */
	/** @param optionName how the front end's user chooses the language, or {@value #NO_OPTION} (the messages' select keyword) */
	private static Optional<Language> declaredByJurisdictions(LoadedModels models, String optionName, List<ModelDiagnostic> diagnostics) {
		Map<Jurisdiction, Language> declarations = new LinkedHashMap<>();
		Map<Jurisdiction, String> files = new LinkedHashMap<>();
		for (LoadedModels.ModelFile file : models.files()) {
			if (file.model() == null) {
				continue;
			}
			for (Element element : file.model().getElements()) {
				if (element instanceof Jurisdiction jurisdiction) {
					code(jurisdiction.getLanguage()).ifPresent(language -> {
						declarations.put(jurisdiction, language);
						files.put(jurisdiction, file.display());
					});
				}
			}
		}
		if (declarations.isEmpty()) {
			return Optional.empty();
		}
		Map.Entry<Jurisdiction, Language> first = declarations.entrySet().iterator().next();
		boolean agree = true;
		for (Map.Entry<Jurisdiction, Language> declaration : declarations.entrySet()) {
			if (declaration.getValue() != first.getValue()) {
				agree = false;
				Jurisdiction jurisdiction = declaration.getKey();
				diagnostics.add(at(files.get(jurisdiction), jurisdiction, TranslationRules.CONFLICTING_LANGUAGES.id(),
						DiagnosticLanguage.messages(jurisdiction).text("GOV-LANG-003", "jurisdiction", jurisdiction.getName(), "code",
								declaration.getValue().code(), "first", first.getKey().getName(), "firstCode", first.getValue().code(), "settings",
								SettingsFile.NAME, "option", optionName)));
			}
		}
		return agree ? Optional.of(first.getValue()) : Optional.empty();
	}

	private static Optional<Language> configured(Path settings, Messages messages, List<ModelDiagnostic> diagnostics) throws InvalidSettingsException {
		Optional<LanguageSetting> setting = SettingsFile.language(settings);
		if (setting.isEmpty()) {
			return Optional.empty();
		}
		Optional<Language> language = code(setting.get().value());
		if (language.isEmpty()) {
			LanguageSetting bad = setting.get();
			diagnostics.add(new ModelDiagnostic(bad.source(), bad.line(), bad.column(), SettingsFile.LANGUAGE.length() + 2, Severity.WARNING,
					messages.text("GOV-CONFIG-002", "value", bad.value(), "key", SettingsFile.LANGUAGE, "codes",
							Language.codes()),
					LanguageRules.UNKNOWN_SETTINGS_LANGUAGE.id(), new String[] { bad.value() }, null));
		}
		return language;
	}

	/** The language of an exact code as models and settings write it: en, es or pt. */
	public static Optional<Language> code(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (Language language : Language.values()) {
			if (language.code().equals(code)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	private static ModelDiagnostic at(String file, Jurisdiction jurisdiction, String ruleId, String message) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(jurisdiction, JURISDICTION__LANGUAGE);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(jurisdiction) : nodes.get(0);
		int line = 1;
		int column = 1;
		int length = 0;
		if (node != null) {
			LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			line = position.getLine();
			column = position.getColumn();
			length = node.getLength();
		}
		return new ModelDiagnostic(file, line, column, length, Severity.WARNING, message, ruleId, new String[0],
				jurisdiction.eResource() == null ? null : EcoreUtil.getURI(jurisdiction).toString());
	}
}
