package org.govmodel.dsl.i18n;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;

/**
 * The model's enumerated values as text for readers, in their language: {@code define-solutions}
 * is "define solutions", "definir soluciones" or "definir soluções"; {@code public} is "sector
 * público". Reports never show a keyword.
 */
public final class Vocabulary {

	private final Messages messages;

	public Vocabulary(Language language) {
		this.messages = Messages.load("org.govmodel.dsl.i18n.vocabulary", Vocabulary.class, language);
	}

	/** The reader's word for a value of one of the grammar's enums. */
	public String text(Enumerator value) {
		return messages.text(key(value));
	}

	/** The reader's name for what the values of an enum are: {@code Status} is "status", "estado", "situação". */
	public String kind(EEnum values) {
		return messages.text(kindKey(values));
	}

	/** The bundle key of an enum's name: {@code vocabulary.Power}. */
	public static String kindKey(EEnum values) {
		return "vocabulary." + values.getName();
	}

	/** The bundle key of a value: {@code vocabulary.Power.define-solutions}. */
	public static String key(Enumerator value) {
		return "vocabulary." + value.getClass().getSimpleName() + "." + value.getLiteral();
	}

	public Language language() {
		return messages.language();
	}
}
