package org.govmodel.dsl.ide.rename;

import java.io.StringReader;
import java.util.Optional;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.govmodel.dsl.i18n.Messages;
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

	/** Why the text cannot be a name, in the messages' language, or empty when it can. */
	public Optional<String> problemWith(String newName, Messages messages) {
		if (newName == null || newName.isBlank()) {
			return Optional.of(messages.text("rename.empty"));
		}
		if (!newName.equals(newName.strip())) {
			return Optional.of(messages.text("rename.spaces", "name", newName));
		}
		if (parses(newName)) {
			return Optional.empty();
		}
		if (!newName.startsWith("^") && parses("^" + newName)) {
			return Optional.of(messages.text("rename.keyword", "name", newName));
		}
		return Optional.of(messages.text("rename.notAName", "name", newName));
	}

	private boolean parses(String text) {
		IParseResult result = parser.parse(grammar.getNameRule(), new StringReader(text));
		return !result.hasSyntaxErrors() && result.getRootNode().getText().equals(text);
	}
}
