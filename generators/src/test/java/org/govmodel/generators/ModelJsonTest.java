package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.govmodel.generators.json.ModelJson;
import org.govmodel.generators.json.ModelJsonSchema;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON export: valid against its schema (derived from the metamodel), references as ids, scores included. */
class ModelJsonTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theCommittedSchemaMatchesTheMetamodel() throws IOException {
		assertEquals(ModelJsonSchema.render(), Files.readString(Path.of("../docs/model.schema.json"), StandardCharsets.UTF_8),
				"docs/model.schema.json is stale: regenerate it with ./govmodel generate examples -o out --only json and copy out/json/model.schema.json");
	}

	@Test
	void theExamplesExportValidatesAgainstTheSchema() throws IOException {
		String export = Fixtures.get(ModelJson.class).render(Fixtures.load(Path.of("../examples")));
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ModelJsonSchema.render());
		Set<ValidationMessage> errors = schema.validate(JSON.readTree(export));
		assertEquals(Set.of(), errors);
		String tampered = export.replaceFirst("\"operational\"", "\"sideways\"");
		assertTrue(!schema.validate(JSON.readTree(tampered)).isEmpty(), "the schema rejects a tier that does not exist");
	}

	/**
	 * The export is written element by element on several threads and joined (JsonText.atDepth): the text must be
	 * what one pretty-printing pass over the whole document writes, so a diff of two exports shows only what changed.
	 */
	@Test
	void theExportIsOnePrettyPrintedDocumentWhateverThreadWroteEachElement() throws IOException {
		String export = Fixtures.get(ModelJson.class).render(Fixtures.load(Path.of("../examples")));
		Gson pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
		assertEquals(pretty.toJson(JsonParser.parseString(export)) + "\n", export);
	}

	@Test
	void referencesAreIdsAndComputedScoresAreIncluded() throws IOException {
		JsonNode root = JSON.readTree(Fixtures.get(ModelJson.class).render(Fixtures.load(Path.of("../examples/cordoba-2023.govmodel"))));
		JsonNode elements = root.get("files").get(0).get("elements");
		JsonNode agencia = StreamSupport.stream(elements.spliterator(), false).filter(e -> "agencia".equals(e.path("id").asText())).findFirst().orElseThrow();
		assertEquals("Body", agencia.get("element").asText());
		assertEquals("secGD", agencia.get("under").asText());
		assertEquals("operational", agencia.get("tiers").get(0).asText());
		assertEquals("Runs the cross-cutting solutions for the whole provincial administration.", agencia.get("doc").asText());
		assertEquals("agencia.cto", agencia.get("authorities").get(0).get("id").asText());
		assertEquals("secGD.cio", agencia.get("authorities").get(0).get("answersTo").asText());
		JsonNode cidi = StreamSupport.stream(elements.spliterator(), false).filter(e -> "cidi".equals(e.path("id").asText())).findFirst().orElseThrow();
		assertEquals("Solution", cidi.get("element").asText());
		assertEquals("eclac.digital-identity", cidi.get("kind").asText(), "a reference into the library, by id");
		assertEquals("agencia.identidad", cidi.get("owner").asText());
		assertEquals("operational", cidi.get("status").asText());
		assertEquals(1.5, root.get("scores").get(0).get("areas").get(0).get("components").get(0).get("mean").asDouble());
		assertTrue(root.get("format").asText().startsWith("govmodel-model/"));
	}
}
