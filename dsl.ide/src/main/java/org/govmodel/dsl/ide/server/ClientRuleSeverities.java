package org.govmodel.dsl.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.validation.RuleSettings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Singleton;

/**
 * The rule severities an editor sends (VS Code's {@code govmodel.rules}
 * setting): in {@code initializationOptions.rules} at start-up and in
 * {@code settings.govmodel.rules} on every configuration change. They apply on
 * top of a project's {@code govmodel.json}.
 */
@Singleton
public class ClientRuleSeverities {

	private volatile Map<String, String> severities = Map.of();

	/** Reads {@code { "rules": { "GOV-…": "off|info|warning|error" } }}; anything else leaves no severities. */
	public void update(JsonElement settings) {
		Map<String, String> read = new LinkedHashMap<>();
		JsonElement rules = settings != null && settings.isJsonObject() ? settings.getAsJsonObject().get("rules") : null;
		if (rules != null && rules.isJsonObject()) {
			for (Map.Entry<String, JsonElement> entry : ((JsonObject) rules).entrySet()) {
				read.put(entry.getKey(), entry.getValue().isJsonPrimitive() ? entry.getValue().getAsString() : entry.getValue().toString());
			}
		}
		severities = Map.copyOf(read);
	}

	/**
	 * Applies the severities to a resource set's settings.
	 *
	 * @return a message for each setting that names no rule or no severity
	 */
	public List<String> applyTo(RuleSettings settings) {
		List<String> problems = new ArrayList<>();
		severities.forEach((rule, severity) -> {
			String problem = settings.set(rule, severity);
			if (problem != null) {
				problems.add("govmodel.rules: " + problem);
			}
		});
		return problems;
	}
}
