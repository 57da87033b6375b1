package org.govmodel.dsl.ide.rename;

import java.io.StringReader;
import java.util.Optional;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.govmodel.dsl.services.GovModelGrammarAccess;

import com.google.inject.Inject;

/**
 * Whether a text can stand as a name in a model: the grammar's {@code Name}
 * rule decides, so a rename never writes text that does not parse.
 */
public class NewNames {

	@Inject
	private IParser parser;

	@Inject
	private GovModelGrammarAccess grammar;

	/** Why the text cannot be a name, or empty when it can. */
	public Optional<String> problemWith(String newName) {
		if (newName == null || newName.isBlank()) {
			return Optional.of("A name cannot be empty.");
		}
		if (!newName.equals(newName.strip())) {
			return Optional.of("'" + newName + "' begins or ends with a space: a name is one word.");
		}
		if (parses(newName)) {
			return Optional.empty();
		}
		if (!newName.startsWith("^") && parses("^" + newName)) {
			return Optional.of("'" + newName + "' is a keyword of the language: write ^" + newName + " to use it as a name.");
		}
		return Optional.of("'" + newName + "' is not a name: a name is a letter or underscore followed by letters, digits and underscores (or a word of the language's vocabularies).");
	}

	private boolean parses(String text) {
		IParseResult result = parser.parse(grammar.getNameRule(), new StringReader(text));
		return !result.hasSyntaxErrors() && result.getRootNode().getText().equals(text);
	}
}
