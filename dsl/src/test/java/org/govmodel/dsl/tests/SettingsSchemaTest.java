package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govmodel.dsl.loading.SettingsSchema;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The schema of govmodel.json that the VS Code extension ships is derived from the rule catalogue. */
class SettingsSchemaTest {

	private static final Path COMMITTED = Path.of("..", SettingsSchema.PATH);

	@Test
	void theShippedSchemaMatchesTheRuleCatalogue() throws IOException {
		String generated = SettingsSchema.json(RuleCatalog.all());
		if (Boolean.getBoolean("govmodel.regenerate")) {
			Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
		}
		assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8), SettingsSchema.PATH
				+ " is stale: regenerate it with ./mvnw -o -pl dsl -am verify -Dtest=SettingsSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dgovmodel.regenerate=true");
	}

	@Test
	void everyConfigurableRuleIsAPropertyWithTheSeveritiesAndNothingElseIs() {
		JsonObject rules = JsonParser.parseString(SettingsSchema.json(RuleCatalog.all())).getAsJsonObject()
				.getAsJsonObject("properties").getAsJsonObject("rules");
		JsonObject properties = rules.getAsJsonObject("properties");
		Set<String> configurable = RuleCatalog.all().stream().filter(Rule::configurable).map(Rule::id).collect(Collectors.toSet());
		assertEquals(configurable, properties.keySet());
		assertFalse(rules.get("additionalProperties").getAsBoolean(), "a misspelt rule id is flagged");
		for (String id : configurable) {
			List<String> severities = properties.getAsJsonObject(id).getAsJsonArray("enum").asList().stream().map(e -> e.getAsString()).toList();
			assertEquals(RuleSettings.SEVERITIES, severities, id);
		}
		assertTrue(properties.getAsJsonObject("GOV-TIER-003").get("description").getAsString().contains("(default: warning)"));
	}
}
