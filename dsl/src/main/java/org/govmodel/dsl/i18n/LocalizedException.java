package org.govmodel.dsl.i18n;

import java.util.function.Function;

/**
 * A failure explained by a pattern of a message bundle (the diagnostics bundle unless a module names its own):
 * {@link #getMessage()} is the English text (for logs and stack traces), {@link #message(Language)} the text in the
 * reader's language, which every front end shows.
 */
public abstract class LocalizedException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String key;

	private final transient Object[] arguments;

	private final transient Function<Language, Messages> bundle;

	/** @param arguments names and values of the pattern {@code key} of the diagnostics bundle */
	protected LocalizedException(String key, Object... arguments) {
		this(DiagnosticLanguage::messages, key, arguments);
	}

	/**
	 * @param bundle    the module's bundle in a language (e.g. {@code language -> Messages.load(NAME, Owner.class, language)})
	 * @param arguments names and values of the pattern {@code key}
	 */
	protected LocalizedException(Function<Language, Messages> bundle, String key, Object... arguments) {
		super(bundle.apply(Language.EN).text(key, arguments));
		this.key = key;
		this.arguments = arguments.clone();
		this.bundle = bundle;
	}

	public String message(Language language) {
		if (bundle == null || arguments == null) {
			// a deserialized copy: the bundle and the arguments stayed behind (transient), the English text came along;
			// Throwable's own, since a subclass's getMessage() may call back here
			return super.getMessage();
		}
		return bundle.apply(language).text(key, arguments);
	}
}
