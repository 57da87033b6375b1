package org.govmodel.generators.json;

import java.io.IOException;
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
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.dsl.util.Stated;
import org.govmodel.generators.output.JsonText;
import org.govmodel.generators.scores.ScoresJson;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.stream.JsonWriter;
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

	/** Depth of an element in the document: root object, its files, a file, the file's elements. */
	private static final int ELEMENT_DEPTH = 4;

	/** How the scores (a tree from {@link ScoresJson}) are written into the document: as the rest of it. */
	private static final Gson SCORES_FORMAT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

	/**
	 * The export of the models. Each element is written on its own, on every core, and set into the document in
	 * order at its depth ({@link JsonText#atDepth}): the text is the same as written in one pass.
	 */
	public String render(List<Model> models) {
		List<List<String>> elements = models.parallelStream()
				.map(model -> model.getElements().stream().map(element -> JsonText.atDepth(JsonText.pretty(true, json -> element(element, json)), ELEMENT_DEPTH)).toList())
				.toList();
		List<Assessment> assessments = models.stream().flatMap(m -> m.getElements().stream())
				.filter(e -> e instanceof Assessment a && a.getFramework() != null && !a.getFramework().eIsProxy()).map(Assessment.class::cast).toList();
		JsonArray scored = scores.assessments(assessments.parallelStream().map(engine::score).toList(), Language.EN);
		return JsonText.pretty(true, json -> {
			json.beginObject();
			json.name("format").value(FORMAT);
			json.name("files").beginArray();
			for (int i = 0; i < models.size(); i++) {
				Model model = models.get(i);
				json.beginObject();
				json.name("file").value(URI.decode(model.eResource().getURI().lastSegment()));
				json.name("namespace").value(model.getName());
				json.name("imports").beginArray();
				for (var imported : model.getImports()) {
					json.value(imported.getImportedNamespace());
				}
				json.endArray();
				json.name("elements").beginArray();
				for (String element : elements.get(i)) {
					json.jsonValue(element);
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
			json.name("scores");
			SCORES_FORMAT.toJson(scored, json);
			json.endObject();
		}) + "\n";
	}

	private void element(EObject object, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("element").value(object.eClass().getName());
		QualifiedName id = names.getFullyQualifiedName(object);
		if (id != null) {
			json.name("id").value(id.toString());
		}
		String doc = documentation.getDocumentation(object);
		if (doc != null) {
			json.name("doc").value(doc);
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !Stated.isStated(object, feature)) {
				continue;
			}
			Object value = object.eGet(feature, true);
			json.name(feature.getName());
			if (feature.isMany()) {
				json.beginArray();
				for (Object each : (List<?>) value) {
					one(each, feature, json);
				}
				json.endArray();
			} else {
				one(value, feature, json);
			}
		}
		json.endObject();
	}

	private void one(Object value, EStructuralFeature feature, JsonWriter json) throws IOException {
		if (value == null) {
			json.nullValue();
		} else if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			if (reference.isContainment()) {
				element(target, json);
			} else {
				QualifiedName id = target.eIsProxy() ? null : names.getFullyQualifiedName(target);
				json.value(id == null ? null : id.toString());
			}
		} else if (value instanceof Enumerator literal) {
			json.value(literal.getLiteral());
		} else if (value instanceof Number number) {
			json.value(number);
		} else if (value instanceof Boolean bool) {
			json.value(bool.booleanValue());
		} else {
			json.value(value.toString());
		}
	}
}
