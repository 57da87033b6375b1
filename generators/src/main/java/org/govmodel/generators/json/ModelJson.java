package org.govmodel.generators.json;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.dsl.util.Stated;
import org.govmodel.generators.scores.ScoresJson;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/**
 * The whole resolved model as JSON, for dashboards and other tools: every
 * element with its {@code kind} (the metamodel class), its {@code id} (the
 * qualified name references use), its documentation comment, its attributes,
 * its nested elements, and its references as ids; plus the computed scores of
 * every assessment in the shape of {@code govmodel score --format json}.
 * The shape follows the metamodel, and so does the JSON Schema
 * ({@link ModelJsonSchema}, docs/model.schema.json).
 */
public class ModelJson {

	public static final String FORMAT = "govmodel-model/1";

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IEObjectDocumentationProvider documentation;

	@Inject
	private ScoringEngine engine;

	@Inject
	private ScoresJson scores;

	public String render(List<Model> models) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		JsonArray files = new JsonArray();
		for (Model model : models) {
			JsonObject file = new JsonObject();
			file.addProperty("file", URI.decode(model.eResource().getURI().lastSegment()));
			file.addProperty("namespace", model.getName());
			JsonArray imports = new JsonArray();
			model.getImports().forEach(i -> imports.add(i.getImportedNamespace()));
			file.add("imports", imports);
			JsonArray elements = new JsonArray();
			model.getElements().forEach(e -> elements.add(element(e)));
			file.add("elements", elements);
			files.add(file);
		}
		root.add("files", files);
		List<Assessment> assessments = models.stream().flatMap(m -> m.getElements().stream())
				.filter(e -> e instanceof Assessment a && a.getFramework() != null && !a.getFramework().eIsProxy()).map(Assessment.class::cast).toList();
		JsonElement scored = JsonParser.parseString(scores.render(assessments.stream().map(engine::score).toList()));
		root.add("scores", scored.getAsJsonObject().get("assessments"));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	private JsonObject element(EObject object) {
		JsonObject json = new JsonObject();
		json.addProperty("element", object.eClass().getName());
		QualifiedName id = names.getFullyQualifiedName(object);
		if (id != null) {
			json.addProperty("id", id.toString());
		}
		String doc = documentation.getDocumentation(object);
		if (doc != null) {
			json.addProperty("doc", doc);
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !Stated.isStated(object, feature)) {
				continue;
			}
			Object value = object.eGet(feature, true);
			json.add(feature.getName(), feature.isMany() ? many((List<?>) value, feature) : one(value, feature));
		}
		return json;
	}

	private JsonArray many(List<?> values, EStructuralFeature feature) {
		JsonArray array = new JsonArray();
		values.forEach(v -> array.add(one(v, feature)));
		return array;
	}

	private JsonElement one(Object value, EStructuralFeature feature) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			if (reference.isContainment()) {
				return element(target);
			}
			QualifiedName id = target.eIsProxy() ? null : names.getFullyQualifiedName(target);
			return id == null ? JsonNull.INSTANCE : new JsonPrimitive(id.toString());
		}
		if (value instanceof Enumerator literal) {
			return new JsonPrimitive(literal.getLiteral());
		}
		if (value instanceof BigDecimal number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		return new JsonPrimitive(value.toString());
	}
}
