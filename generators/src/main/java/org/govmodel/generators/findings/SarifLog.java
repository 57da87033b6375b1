package org.govmodel.generators.findings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.govmodel.dsl.validation.rules.RuleTexts;
import org.govmodel.generators.output.UriPath;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Validation findings as a SARIF 2.1.0 log, for code-scanning tools (GitHub
 * code scanning, GitLab, Azure DevOps) that put them on a pull request's
 * changed lines. Each reported rule is described from the rule catalogue
 * (title, rationale, guide reference, the example that mends it), so the tool
 * shows the rule's help next to the finding. File locations are relative to
 * the working directory ({@code %SRCROOT%}), as code scanning expects when the
 * command runs at the repository's root, written as relative URI references ({@link UriPath}).
 */
public final class SarifLog {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private SarifLog() {
	}

	/** @param version the tool's version, or null when unknown (a development build) */
	public static String render(List<ModelDiagnostic> diagnostics, String version) {
		return render(diagnostics, version, new RuleTexts(Language.EN));
	}

	/**
	 * The log with the rules' titles, rationales and help in the texts' language (the run's {@code language});
	 * the results' messages are the diagnostics', already in the language they were checked in.
	 */
	public static String render(List<ModelDiagnostic> diagnostics, String version, RuleTexts texts) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		JsonArray results = new JsonArray();
		for (ModelDiagnostic diagnostic : diagnostics) {
			Integer index = ruleIndex.get(diagnostic.ruleId());
			if (index == null) {
				index = rules.size();
				ruleIndex.put(diagnostic.ruleId(), index);
				rules.add(rule(diagnostic.ruleId(), texts));
			}
			results.add(result(diagnostic, index));
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "govmodel");
		driver.addProperty("informationUri", "https://github.com/govmodel/govmodel");
		if (version != null) {
			driver.addProperty("version", version);
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.addProperty("language", texts.language().tag());
		JsonObject root = new JsonObject();
		root.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
		JsonObject baseIds = new JsonObject();
		baseIds.add("SRCROOT", root);
		run.add("originalUriBaseIds", baseIds);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		return GSON.toJson(log) + "\n";
	}

	private static JsonObject rule(String id, RuleTexts texts) {
		JsonObject json = new JsonObject();
		json.addProperty("id", id);
		RuleCatalog.byId(id).ifPresentOrElse(rule -> describe(json, rule, texts), () -> json.add("shortDescription", text(id)));
		return json;
	}

	private static void describe(JsonObject json, Rule rule, RuleTexts texts) {
		String title = texts.title(rule);
		String rationale = texts.rationale(rule);
		json.add("shortDescription", text(title));
		json.add("fullDescription", text(rationale));
		JsonObject help = new JsonObject();
		String guide = rule.guide() == null || rule.guide().isBlank() || rule.guide().equals("—") ? "" : "\n\n" + texts.text("guide", "guide", texts.guide(rule));
		help.addProperty("text", title + ". " + rationale + guide);
		StringBuilder markdown = new StringBuilder("**").append(title).append("**\n\n").append(rationale).append(guide);
		if (rule.good() != null && !rule.good().isBlank()) {
			markdown.append("\n\n").append(texts.text("goodModel")).append("\n\n```\n").append(rule.good().strip()).append("\n```");
		}
		help.addProperty("markdown", markdown.toString());
		json.add("help", help);
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.severityName()));
		json.add("defaultConfiguration", configuration);
	}

	private static JsonObject result(ModelDiagnostic diagnostic, int ruleIndex) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", diagnostic.ruleId());
		result.addProperty("ruleIndex", ruleIndex);
		result.addProperty("level", level(diagnostic.severityName()));
		result.add("message", text(diagnostic.message()));
		JsonObject artifact = new JsonObject();
		Path path = Path.of(diagnostic.path());
		if (path.isAbsolute()) {
			artifact.addProperty("uri", path.toUri().toString());
		} else {
			artifact.addProperty("uri", UriPath.of(diagnostic.path()));
			artifact.addProperty("uriBaseId", "SRCROOT");
		}
		JsonObject region = new JsonObject();
		region.addProperty("startLine", Math.max(1, diagnostic.line()));
		region.addProperty("startColumn", Math.max(1, diagnostic.column()));
		if (diagnostic.length() > 0) {
			region.addProperty("endColumn", Math.max(1, diagnostic.column()) + diagnostic.length());
		}
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	/** SARIF's levels: error, warning, note. */
	private static String level(String severity) {
		return switch (severity) {
			case "error" -> "error";
			case "warning" -> "warning";
			default -> "note";
		};
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}
}
