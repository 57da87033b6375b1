package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.govmodel.dsl.validation.rules.RulesDocument;
import org.junit.jupiter.api.Test;

/** docs/rules.md is derived from the rule definitions, never edited by hand. */
class RulesDocumentTest {

	@Test
	void theCommittedCatalogueMatchesTheRuleDefinitions() throws IOException {
		String committed = Files.readString(Path.of("../docs/rules.md"), StandardCharsets.UTF_8);
		assertEquals(RulesDocument.markdown(RuleCatalog.all()), committed,
				"docs/rules.md is stale: regenerate it with ./govmodel rules --format markdown > docs/rules.md");
	}
}
