package org.govmodel.dsl.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/**
 * The languages GovModel writes in. English is the language of the model keywords and
 * the fallback; Spanish and Brazilian Portuguese are the languages of most of its users.
 */
public enum Language {
	EN("en", "en"), ES("es", "es"), PT("pt", "pt-BR");

	private final String code;
	private final String tag;

	Language(String code, String tag) {
		this.code = code;
		this.tag = tag;
	}

	/** The short code users type: {@code en}, {@code es}, {@code pt}. */
	public String code() {
		return code;
	}

	/** The BCP 47 tag of the variant GovModel writes, for HTML's {@code lang} attribute. */
	public String tag() {
		return tag;
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	public ULocale uLocale() {
		return ULocale.forLanguageTag(tag);
	}

	/**
	 * The language a user's word names: {@code es}, {@code es-AR}, {@code es_AR.UTF-8}, {@code pt-BR}, {@code PT},
	 * {@code portugues}... Empty when it names none GovModel writes.
	 */
	public static Optional<Language> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String primary = text.trim().toLowerCase(Locale.ROOT).split("[-_.@]", 2)[0];
		for (Language language : values()) {
			if (primary.equals(language.code) || (primary.length() > 2 && language.names(primary))) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	private boolean names(String word) {
		switch (this) {
		case EN:
			return word.equals("english") || word.equals("ingles") || word.equals("inglés");
		case ES:
			return word.equals("spanish") || word.equals("español") || word.equals("espanol") || word.equals("espanhol");
		default:
			return word.equals("portuguese") || word.equals("português") || word.equals("portugues") || word.equals("portugués");
		}
	}

	/** The language of a POSIX environment ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}); English otherwise. */
	public static Language fromEnvironment(Map<String, String> environment) {
		for (String variable : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
			String value = environment.get(variable);
			if (value != null && !value.isBlank()) {
				return parse(value).orElse(EN);
			}
		}
		return EN;
	}

	/** The codes a user may give, for messages that list them. */
	public static String codes() {
		return "en, es, pt";
	}
}
