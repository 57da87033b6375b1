package org.govmodel.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** The options that configure rule severities, shared by the commands that check models. */
class RuleOptions {

	@Option(names = "--rule", paramLabel = "ID=SEVERITY", mapFallbackValue = "off",
			description = "Set a rule's severity: off, info, warning or error (repeatable), e.g. --rule GOV-AUTO-001=off.")
	Map<String, String> rules = new LinkedHashMap<>();

	@Option(names = "--settings", paramLabel = "FILE",
			description = "Rule settings (JSON, as govmodel.json), applied over each model's own govmodel.json (the nearest one in its folder "
					+ "or above, up to the repository root).")
	Path settings;
}
