package org.govmodel.generators.scores;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.scorecards.ScorecardText;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * Scores as JSON, a contract for other tools (documented in docs/scores-json.md):
 * {@code {"assessments": [{"name", "jurisdiction", "framework", "year", "mean", "areas": [{"code",
 * "title", "mean", "components": [{..., "variables": [{"code", "title", "score"}]}]}]}]}},
 * with scores null when not applicable, means at full precision (ten decimals). Keys and numbers are the same in
 * every language; titles and level names are in the reader's language.
 */
public class ScoresJson {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private GovernanceViews views;

	@Inject
	private ScorecardText.Factory texts;

	public String render(List<AssessmentScore> assessments) {
		return render(assessments, Language.EN);
	}

	public String render(List<AssessmentScore> assessments, Language language) {
		JsonObject root = new JsonObject();
		root.add("assessments", assessments(assessments, language));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	/** The {@code assessments} array of {@link #render}: what other exports (the model's JSON) carry as they are. */
	public JsonArray assessments(List<AssessmentScore> assessments, Language language) {
		ScorecardText text = texts.of(language);
		JsonArray list = new JsonArray();
		assessments.forEach(a -> list.add(assessment(a, text)));
		return list;
	}

	private JsonObject assessment(AssessmentScore score, ScorecardText text) {
		JsonObject json = new JsonObject();
		json.addProperty("name", names.getFullyQualifiedName(score.assessment()).toString());
		json.addProperty("jurisdiction", views.viewOf(score.assessment()).subject().map(j -> names.getFullyQualifiedName(j).toString()).orElse(null));
		json.addProperty("framework", names.getFullyQualifiedName(score.framework()).toString());
		json.addProperty("year", score.year());
		json.addProperty("assessor", score.assessment().getAssessor());
		JsonObject scale = new JsonObject();
		scale.add("min", number(score.framework().getScale().getMin()));
		scale.add("max", number(score.framework().getScale().getMax()));
		json.add("scale", scale);
		json.add("mean", number(score.mean()));
		JsonArray areas = new JsonArray();
		for (ItemScore area : score.areas()) {
			JsonObject areaJson = node(area, text);
			JsonArray components = new JsonArray();
			for (ItemScore component : area.children()) {
				JsonObject componentJson = node(component, text);
				JsonArray variables = new JsonArray();
				for (ItemScore variable : component.children()) {
					variables.add(variable(score, variable, text));
				}
				componentJson.add("variables", variables);
				components.add(componentJson);
			}
			areaJson.add("components", components);
			areas.add(areaJson);
		}
		json.add("areas", areas);
		return json;
	}

	private JsonObject node(ItemScore item, ScorecardText text) {
		JsonObject json = new JsonObject();
		json.addProperty("code", item.code());
		json.addProperty("title", text.title(item));
		json.add("mean", number(item.value()));
		addTarget(json, item);
		return json;
	}

	private JsonObject variable(AssessmentScore assessment, ItemScore item, ScorecardText text) {
		JsonObject json = new JsonObject();
		json.addProperty("code", item.code());
		json.addProperty("title", text.title(item));
		json.add("score", number(item.value()));
		json.addProperty("notApplicable", item.notApplicable());
		String level = text.levelName(assessment.framework(), item.value());
		json.addProperty("level", level.isEmpty() ? null : level);
		json.addProperty("note", item.note());
		addTarget(json, item);
		return json;
	}

	private static void addTarget(JsonObject json, ItemScore item) {
		json.add("target", number(item.target()));
		json.addProperty("targetYear", item.targetYear());
		json.add("gap", number(item.gap()));
	}

	private static com.google.gson.JsonElement number(BigDecimal value) {
		return value == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(ScoreNumbers.exact(value));
	}
}
