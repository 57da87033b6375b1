package org.govmodel.generators.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govmodel.dsl.govModel.GovModelPackage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON Schema (draft 2020-12) of {@link ModelJson}'s output, derived from
 * the language's metamodel so that the two cannot drift apart. Committed as
 * docs/model.schema.json; a test fails when it is stale.
 */
public final class ModelJsonSchema {

	private ModelJsonSchema() {
	}

	public static String render() {
		JsonObject schema = new JsonObject();
		schema.addProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.addProperty("$id", "https://govmodel.org/schema/model-1.json");
		schema.addProperty("title", "GovModel model export (govmodel generate --only json)");
		schema.addProperty("type", "object");
		JsonArray required = new JsonArray();
		required.add("format");
		required.add("files");
		required.add("scores");
		schema.add("required", required);
		JsonObject properties = new JsonObject();
		JsonObject format = new JsonObject();
		format.addProperty("const", ModelJson.FORMAT);
		properties.add("format", format);
		JsonObject file = new JsonObject();
		file.addProperty("type", "object");
		JsonObject fileProperties = new JsonObject();
		fileProperties.add("file", type("string"));
		fileProperties.add("namespace", nullable(type("string")));
		fileProperties.add("imports", array(type("string")));
		fileProperties.add("elements", array(ref("Element")));
		file.add("properties", fileProperties);
		properties.add("files", array(file));
		JsonObject scores = new JsonObject();
		scores.addProperty("type", "array");
		scores.addProperty("description", "Computed scores per assessment, as `govmodel score --format json` prints them (docs/scores-json.md).");
		properties.add("scores", scores);
		schema.add("properties", properties);
		JsonObject defs = new JsonObject();
		List<EClassifier> classifiers = new ArrayList<>(GovModelPackage.eINSTANCE.getEClassifiers());
		classifiers.sort(Comparator.comparing(EClassifier::getName));
		for (EClassifier classifier : classifiers) {
			if (classifier instanceof EClass eClass && !eClass.getName().equals("Model")) {
				defs.add(eClass.getName(), definition(eClass));
			}
		}
		schema.add("$defs", defs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(schema) + "\n";
	}

	private static JsonObject definition(EClass eClass) {
		JsonObject definition = new JsonObject();
		List<EClass> subtypes = GovModelPackage.eINSTANCE.getEClassifiers().stream().filter(c -> c instanceof EClass sub && sub != eClass
				&& sub.getEAllSuperTypes().contains(eClass) && sub.getESuperTypes().contains(eClass)).map(EClass.class::cast)
				.sorted(Comparator.comparing(EClass::getName)).toList();
		if (!subtypes.isEmpty()) {
			// a union (Element, Party, FrameworkItem, Deliverable): every instance is one of its subtypes
			JsonArray anyOf = new JsonArray();
			subtypes.forEach(s -> anyOf.add(ref(s.getName())));
			definition.add("anyOf", anyOf);
			return definition;
		}
		definition.addProperty("type", "object");
		JsonObject properties = new JsonObject();
		JsonObject element = new JsonObject();
		element.addProperty("const", eClass.getName());
		properties.add("element", element);
		properties.add("id", type("string"));
		properties.add("doc", type("string"));
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			JsonObject value = value(feature);
			properties.add(feature.getName(), feature.isMany() ? array(value) : nullable(value));
		}
		definition.add("properties", properties);
		JsonArray required = new JsonArray();
		required.add("element");
		definition.add("required", required);
		definition.addProperty("additionalProperties", false);
		return definition;
	}

	private static JsonObject value(EStructuralFeature feature) {
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				return ref(reference.getEReferenceType().getName());
			}
			JsonObject id = type("string");
			id.addProperty("description", "id (qualified name) of a " + reference.getEReferenceType().getName());
			return id;
		}
		EDataType dataType = ((EAttribute) feature).getEAttributeType();
		if (dataType instanceof EEnum eEnum) {
			JsonObject literals = type("string");
			JsonArray values = new JsonArray();
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				values.add(literal.getLiteral());
			}
			literals.add("enum", values);
			return literals;
		}
		return switch (dataType.getInstanceClassName()) {
			case "int", "java.lang.Integer" -> type("integer");
			case "boolean", "java.lang.Boolean" -> type("boolean");
			case "java.math.BigDecimal" -> type("number");
			default -> type("string");
		};
	}

	private static JsonObject type(String type) {
		JsonObject json = new JsonObject();
		json.addProperty("type", type);
		return json;
	}

	private static JsonObject ref(String name) {
		JsonObject json = new JsonObject();
		json.addProperty("$ref", "#/$defs/" + name);
		return json;
	}

	private static JsonObject array(JsonObject items) {
		JsonObject json = type("array");
		json.add("items", items);
		return json;
	}

	private static JsonObject nullable(JsonObject schema) {
		JsonObject json = new JsonObject();
		JsonArray anyOf = new JsonArray();
		anyOf.add(schema);
		anyOf.add(type("null"));
		json.add("anyOf", anyOf);
		return json;
	}
}
