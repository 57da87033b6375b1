package org.govmodel.dsl.ide.highlighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.junit.jupiter.api.Test;

/**
 * The semantic-token types are stated once, in {@link TokenType}: every type the highlighting gives an element is one
 * of its constants, and the Eclipse plug-in (dsl.ui), which styles the tokens itself, names none of them again as a
 * string, so renaming a type in dsl.ide cannot leave Eclipse colouring by the old name.
 */
class TokenTypesTest {

	@Test
	void everyElementIsHighlightedWithATypeOfTheVocabulary() {
		for (EClassifier classifier : GovModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				assertTrue(TokenType.of(HighlightingStyles.typeOf(type)).isPresent(), type.getName() + ": " + HighlightingStyles.typeOf(type));
			}
		}
		assertEquals(TokenType.ENUM_MEMBER.lspName(), HighlightingStyles.VALUE);
	}

	@Test
	void theEclipsePluginDoesNotSpellTheTypesAgain() throws IOException {
		Path plugin = Path.of("..", "dsl.ui", "src");
		assertTrue(Files.isDirectory(plugin), "the Eclipse plug-in's sources are at " + plugin.toAbsolutePath());
		List<String> copies = new ArrayList<>();
		try (Stream<Path> files = Files.walk(plugin)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				for (TokenType type : TokenType.values()) {
					if (source.contains('"' + type.lspName() + '"')) {
						copies.add(plugin.relativize(file) + ": \"" + type.lspName() + "\"");
					}
				}
			}
		}
		assertEquals(List.of(), copies, "token types written again in dsl.ui instead of TokenType's constants");
	}
}
