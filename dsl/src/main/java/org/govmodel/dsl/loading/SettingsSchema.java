package org.govmodel.dsl.loading;

import java.util.List;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.rules.Rule;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON Schema of {@code govmodel.json}, derived from the rule catalogue and the
 * languages GovModel writes (the {@code language} property):
 * every rule whose severity users may change is a property with its title and
 * default severity, so editors complete rule ids and severities and flag a
 * misspelt id or a severity that does not exist while the file is typed (the
 * checks the loaders report as GOV-CONFIG-001). VS Code is given it through
 * the extension's {@code jsonValidation}.
 */
public final class SettingsSchema {

	/** Where the VS Code extension ships it, relative to the repository root. */
	public static final String PATH = "vscode/schemas/govmodel.schema.json";

	private SettingsSchema() {
	}

	/** The schema's text (two-space indented JSON, one rule per property, in catalogue order, final newline). */
	public static String json(List<Rule> rules) {
		JsonObject severities = new JsonObject();
		for (Rule rule : rules) {
			if (rule.configurable()) {
				JsonObject property = new JsonObject();
				property.addProperty("description", rule.title() + " (default: " + rule.severityName() + ")");
				property.add("enum", severityNames());
				severities.add(rule.id(), property);
			}
		}
		JsonObject rulesProperty = new JsonObject();
		rulesProperty.addProperty("type", "object");
		rulesProperty.addProperty("description", "Severity per rule id (off, info, warning or error), overriding the rule's default; an editor's settings override these in turn. The rules are listed in docs/rules.md.");
		rulesProperty.add("properties", severities);
		rulesProperty.addProperty("additionalProperties", false);

		JsonObject languageProperty = new JsonObject();
		languageProperty.addProperty("description", "The language of the project's reports (en, es or pt) unless a run chooses another or the jurisdictions declare one; see docs/localization.md.");
		languageProperty.add("enum", languageCodes());

		JsonObject properties = new JsonObject();
		properties.add(SettingsFile.LANGUAGE, languageProperty);
		properties.add("rules", rulesProperty);
		JsonObject schema = new JsonObject();
		schema.addProperty("$schema", "http://json-schema.org/draft-07/schema#");
		schema.addProperty("title", "GovModel project settings (" + SettingsFile.NAME + ")");
		schema.addProperty("type", "object");
		schema.add("properties", properties);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(schema) + "\n";
	}

	private static JsonArray languageCodes() {
		JsonArray codes = new JsonArray();
		for (Language language : Language.values()) {
			codes.add(language.code());
		}
		return codes;
	}

	private static JsonArray severityNames() {
		JsonArray names = new JsonArray();
		RuleSettings.SEVERITIES.forEach(names::add);
		return names;
	}
}
