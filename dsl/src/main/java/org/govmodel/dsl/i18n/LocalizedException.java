package org.govmodel.dsl.i18n;

/**
 * A failure explained by a pattern of the diagnostics bundle: {@link #getMessage()} is the English text (for
 * logs and the Maven plugin), {@link #message(Language)} the text in the reader's language.
 */
public abstract class LocalizedException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String key;

	private final transient Object[] arguments;

	/** @param arguments names and values of the pattern {@code key} */
	protected LocalizedException(String key, Object... arguments) {
		super(DiagnosticLanguage.messages(Language.EN).text(key, arguments));
		this.key = key;
		this.arguments = arguments.clone();
	}

	public String message(Language language) {
		return DiagnosticLanguage.messages(language).text(key, arguments);
	}
}
