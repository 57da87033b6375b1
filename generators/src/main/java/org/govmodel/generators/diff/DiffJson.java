package org.govmodel.generators.diff;

import java.math.BigDecimal;

import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.comparison.ModelDiff.TargetChange;

import org.govmodel.dsl.i18n.Language;

import com.google.inject.Inject;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The diff for bots, described by {@code docs/diff-json.md} and
 * {@code docs/diff.schema.json}. Numbers are full-precision decimals; absent
 * values are JSON null. Keys and the {@code change} values are the same in
 * every language; only {@code summary} (and the findings' messages) are
 * written in the reader's language.
 */
public class DiffJson {

	/** Bumped when a field changes meaning or goes away. */
	public static final int VERSION = 1;

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	@Inject
	private DiffWords.Factory words;

	public String render(ModelDiff diff, Language language) {
		JsonObject root = new JsonObject();
		root.addProperty("version", VERSION);
		root.addProperty("changed", diff.hasChanges());
		root.addProperty("summary", words.of(language).headline(diff));
		JsonArray elements = new JsonArray();
		diff.elements().forEach(e -> elements.add(element(e)));
		root.add("elements", elements);
		JsonArray lines = new JsonArray();
		diff.lines().forEach(l -> lines.add(line(l)));
		root.add("lines", lines);
		JsonArray assessments = new JsonArray();
		diff.assessments().forEach(a -> assessments.add(assessment(a)));
		root.add("assessments", assessments);
		JsonArray findings = new JsonArray();
		diff.findings().forEach(f -> findings.add(finding(f)));
		root.add("findings", findings);
		return GSON.toJson(root) + "\n";
	}

	private static JsonObject element(ElementChange change) {
		JsonObject json = new JsonObject();
		json.addProperty("change", change.kind().word());
		json.addProperty("jurisdiction", change.jurisdiction());
		json.addProperty("kind", change.elementKind());
		json.addProperty("oldName", change.oldName());
		json.addProperty("newName", change.newName());
		json.addProperty("title", change.title());
		json.addProperty("location", change.location());
		json.addProperty("historyRewrite", change.historyRewrite());
		JsonArray attributes = new JsonArray();
		change.attributes().forEach(a -> {
			JsonObject attribute = new JsonObject();
			attribute.addProperty("attribute", a.attribute());
			attribute.addProperty("before", a.before());
			attribute.addProperty("after", a.after());
			attributes.add(attribute);
		});
		json.add("attributes", attributes);
		return json;
	}

	private static JsonObject line(LineChange change) {
		JsonObject json = new JsonObject();
		json.addProperty("jurisdiction", change.jurisdiction());
		json.addProperty("party", change.party());
		json.addProperty("line", change.line());
		json.addProperty("before", change.before());
		json.addProperty("after", change.after());
		return json;
	}

	private static JsonObject assessment(AssessmentChange change) {
		JsonObject json = new JsonObject();
		json.addProperty("jurisdiction", change.jurisdiction());
		json.addProperty("oldName", change.oldName());
		json.addProperty("name", change.name());
		json.addProperty("framework", change.framework());
		json.addProperty("year", change.year());
		json.addProperty("historyRewrite", change.historyRewrite());
		json.add("mean", beforeAfter(change.meanBefore(), change.meanAfter()));
		JsonArray variables = new JsonArray();
		for (ScoreChange score : change.variables()) {
			JsonObject variable = new JsonObject();
			variable.addProperty("code", score.code());
			variable.addProperty("title", score.title());
			variable.addProperty("before", score.before());
			variable.addProperty("after", score.after());
			variable.addProperty("delta", score.delta());
			variable.addProperty("component", score.component());
			variable.addProperty("area", score.area());
			variable.add("gap", beforeAfter(score.gapBefore(), score.gapAfter()));
			variables.add(variable);
		}
		json.add("variables", variables);
		JsonArray means = new JsonArray();
		for (MeanChange mean : change.means()) {
			JsonObject item = new JsonObject();
			item.addProperty("level", mean.level());
			item.addProperty("code", mean.code());
			item.addProperty("title", mean.title());
			item.add("mean", beforeAfter(mean.before(), mean.after()));
			item.add("gap", beforeAfter(mean.gapBefore(), mean.gapAfter()));
			means.add(item);
		}
		json.add("means", means);
		JsonArray targets = new JsonArray();
		for (TargetChange target : change.targets()) {
			JsonObject item = new JsonObject();
			item.addProperty("change", target.kind() == ModelDiff.Kind.CHANGED ? "moved" : target.kind().word());
			item.addProperty("item", target.item());
			item.addProperty("before", target.before());
			item.addProperty("after", target.after());
			targets.add(item);
		}
		json.add("targets", targets);
		return json;
	}

	private static JsonObject beforeAfter(BigDecimal before, BigDecimal after) {
		JsonObject json = new JsonObject();
		json.addProperty("before", before);
		json.addProperty("after", after);
		json.addProperty("delta", before == null || after == null ? null : after.subtract(before));
		return json;
	}

	private static JsonObject finding(FindingChange change) {
		var d = change.diagnostic();
		JsonObject json = new JsonObject();
		json.addProperty("change", change.introduced() ? "introduced" : "resolved");
		json.addProperty("file", d.path());
		json.addProperty("line", d.line());
		json.addProperty("column", d.column());
		json.addProperty("severity", d.severityName());
		json.addProperty("rule", d.ruleId());
		json.addProperty("message", d.message());
		return json;
	}
}
