package org.govmodel.cli;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;

/**
 * What the commands themselves tell a user, beside the help (see {@link LanguageOption#HELP_BUNDLE}) and the
 * diagnostics: the {@code messages} bundle of the command line, in the language of {@code --lang} or the environment.
 */
public final class CliMessages {

	static final String BUNDLE = "org.govmodel.cli.i18n.messages";

	private CliMessages() {
	}

	static Messages of(Language language) {
		return Messages.load(BUNDLE, CliMessages.class, language);
	}

	/** The messages in the language a command line asks for ({@code --lang}), else the environment's. */
	public static Messages forArguments(String[] args) {
		return of(LanguageOption.forHelp(args, System.getenv()));
	}
}
