package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.SettingsFile;
import org.junit.jupiter.api.Test;

/** A localized failure tells each reader in their language, and a copy that crossed a process boundary still tells it in English. */
class LocalizedExceptionTest {

	@Test
	void theMessageIsInTheReadersLanguage() {
		ModelFiles.UnreadablePathException e = missing();
		assertNotEquals(e.message(Language.EN), e.message(Language.ES));
		assertEquals(e.getMessage(), e.message(Language.EN));
	}

	/** The bundle and the arguments are transient: Maven or Eclipse may serialize a failure (a forked build, a job's status). */
	@Test
	void aDeserializedCopyFallsBackToItsEnglishMessage() throws IOException, ClassNotFoundException {
		assertSurvivesSerialization(missing());
		// its getMessage() is its message(EN): the fallback must not call back into it
		Path settings = Files.createTempFile("govmodel", ".json");
		Files.writeString(settings, "{ \"rules\": ");
		try {
			SettingsFile.read(settings);
			throw new AssertionError("broken settings were read");
		} catch (SettingsFile.InvalidSettingsException e) {
			assertSurvivesSerialization(e);
		} finally {
			Files.delete(settings);
		}
	}

	private static void assertSurvivesSerialization(LocalizedException original) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(original);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			LocalizedException copy = (LocalizedException) in.readObject();
			assertTrue(copy.message(Language.ES).contains(original.message(Language.EN).replaceAll("^.*?: error: ", "").replaceAll(" \\[.*$", "")),
					copy.message(Language.ES) + " / " + original.message(Language.EN));
		}
	}

	private static ModelFiles.UnreadablePathException missing() {
		try {
			ModelFiles.collect(java.util.List.of(Path.of("no-such-folder-" + System.nanoTime())));
			throw new AssertionError("a missing path was collected");
		} catch (ModelFiles.UnreadablePathException e) {
			return e;
		}
	}
}
