package org.govmodel.dsl.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A file or folder that cannot be read is a GOV-IO-001 (or a refused path) that says why in the reader's
 * language and what to do, never a Java exception's text (for a denied or missing file that text is only
 * the path).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class UnreadableFilesTest {

	@Inject
	private ModelLoader loader;

	@TempDir
	Path folder;

	@Test
	void aFileGoneBeforeItIsReadSaysSoAndWhatToDo() throws Exception {
		Path file = Files.writeString(folder.resolve("m.govmodel"), "institution a \"A\" ministry\n");
		List<Path> files = ModelFiles.collect(List.of(file));
		Files.delete(file);
		List<ModelDiagnostic> diagnostics = loader.validate(loader.load(files));
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		ModelDiagnostic gone = diagnostics.get(0);
		assertEquals("GOV-IO-001", gone.ruleId());
		assertEquals("Cannot read the file: " + ModelFiles.display(file) + " does not exist: check the path, or restore the file a link points to",
				gone.message());
	}

	@Test
	void eachReasonAUserCanActOnIsNamedInEveryLanguageWithoutJavaText() {
		List<IOException> failures = List.of(new AccessDeniedException("/srv/models/m.govmodel"), new NoSuchFileException("/srv/models/m.govmodel"),
				new FileSystemLoopException("/srv/models/loop"), new java.nio.file.NotDirectoryException("/srv/models/m.govmodel"), new IOException());
		for (Language language : Language.values()) {
			Messages messages = DiagnosticLanguage.messages(language);
			for (IOException failure : failures) {
				String reason = IoReasons.of(new UncheckedIOException(failure), messages);
				assertFalse(reason.contains("Exception") || reason.contains("java."), language + ": " + reason);
				assertTrue(failure.getMessage() == null || reason.contains("/srv/models/"), language + ": " + reason);
			}
		}
		assertEquals("permiso denegado para /srv/models/m.govmodel: dé acceso de lectura al usuario que ejecuta GovModel",
				IoReasons.of(new AccessDeniedException("/srv/models/m.govmodel"), DiagnosticLanguage.messages(Language.ES)));
		// any other failure of the file system: the operating system's own words
		assertEquals("Input/output error", IoReasons.of(new FileSystemException("/srv/models/m.govmodel", null, "Input/output error"),
				DiagnosticLanguage.messages(Language.EN)));
	}
}
