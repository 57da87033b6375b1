package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;

import org.govmodel.dsl.loading.ModelFiles;
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
		ModelFiles.UnreadablePathException original = missing();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(original);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			LocalizedException copy = (LocalizedException) in.readObject();
			assertEquals(original.getMessage(), copy.message(Language.ES));
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
