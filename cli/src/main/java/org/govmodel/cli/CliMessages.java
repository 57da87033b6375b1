package org.govmodel.cli;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;

/**
 * What the commands themselves tell a user, beside the help (see {@link LanguageOption#HELP_BUNDLE}) and the
 * diagnostics: the {@code messages} bundle of the command line, in the language of {@code --lang} or the environment.
 */
final class CliMessages {

	static final String BUNDLE = "org.govmodel.cli.i18n.messages";

	private CliMessages() {
	}

	static Messages of(Language language) {
		return Messages.load(BUNDLE, CliMessages.class, language);
	}
}
